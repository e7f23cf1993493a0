/**
 * English verbs for the behavior part of a goal. A behavior must be something a person can see or
 * hear and count. These word lists are the checker's judgement, written down so they can be argued
 * with: see docs/goals.md ("What counts as observable").
 */

/** Verbs that name a state of mind or a hope, not an action: a goal built on one raises `no-behavior`. */
export const NON_OBSERVABLE_VERBS: ReadonlySet<string> = new Set([
  'understand',
  'know',
  'appreciate',
  'improve',
  'learn',
  'develop',
  'realize',
  'comprehend',
  'recognize',
  'grasp',
  'believe',
  'feel',
  'enjoy',
  'value',
  'think',
  'remember',
  'internalize',
  'become',
  'gain',
  'grow',
  'progress',
  'strengthen',
  'enhance',
  'build',
  'try',
  'explore',
  'experience',
  'behave',
  'master',
  'manage',
  'control',
  'cope',
  'regulate',
  'self-regulate',
  'respect',
  'care',
  'consider',
  'discover',
  'familiarize',
  'reflect',
  'want',
  'like',
  'continue',
])

/**
 * Verbs that are only as observable as their object: "demonstrate the steps" is, "demonstrate
 * understanding" is not.
 */
export const CARRIER_VERBS: ReadonlySet<string> = new Set([
  'demonstrate',
  'show',
  'display',
  'exhibit',
  'have',
  'make',
  'get',
  'work',
  'increase',
  'decrease',
  'reduce',
  'lower',
  'maintain',
  'achieve',
  'reach',
])

/** Carriers that also need a countable object ("increase reading fluency", not "increase confidence"). */
export const CHANGE_VERBS: ReadonlySet<string> = new Set(['increase', 'decrease', 'reduce', 'lower'])

/** Objects that make a carrier verb vague. */
export const VAGUE_OBJECTS: ReadonlySet<string> = new Set([
  'understanding',
  'knowledge',
  'awareness',
  'comprehension',
  'appreciation',
  'improvement',
  'improvements',
  'improved',
  'growth',
  'progress',
  'gains',
  'mastery',
  'skills',
  'skill',
  'abilities',
  'confidence',
  'self-esteem',
  'respect',
  'responsibility',
  'maturity',
  'independence',
  'competence',
  'proficiency',
  'better',
  'appropriate',
  'appropriately',
  'anxiety',
  'motivation',
  'self-confidence',
  'improving',
  'attitude',
  'attitudes',
  'self-concept',
  'developing',
])

/** Countable things a change verb can act on ("reduce incidents of aggression"). */
export const COUNTABLE_OBJECTS: ReadonlySet<string> = new Set([
  'incidents',
  'incident',
  'episodes',
  'occurrences',
  'instances',
  'times',
  'words',
  'errors',
  'mistakes',
  'responses',
  'requests',
  'answers',
  'outbursts',
  'tantrums',
  'refusals',
  'aggression',
  'elopement',
  'call-outs',
  'talk-outs',
  'interruptions',
  'absences',
  'tardies',
  'referrals',
  'behaviors',
  'on-task',
  'off-task',
  'fluency',
  'rate',
  'number',
  'frequency',
  'duration',
  'percentage',
  'accuracy',
  'score',
  'scores',
  'minutes',
  'steps',
  'assignments',
  'initiations',
])

/**
 * Common observable goal verbs. Only needed where no "will" marks the verb (a goal that starts
 * "Read 90 words …" or "Student to answer …"); after "will", any verb not listed as vague counts.
 */
export const OBSERVABLE_VERBS: ReadonlySet<string> = new Set([
  'read',
  'write',
  'say',
  'state',
  'name',
  'list',
  'point',
  'identify',
  'label',
  'match',
  'sort',
  'count',
  'solve',
  'compute',
  'calculate',
  'add',
  'subtract',
  'multiply',
  'divide',
  'spell',
  'answer',
  'ask',
  'request',
  'respond',
  'follow',
  'complete',
  'initiate',
  'take',
  'use',
  'produce',
  'articulate',
  'imitate',
  'sign',
  'type',
  'tie',
  'button',
  'zip',
  'dress',
  'wash',
  'brush',
  'walk',
  'run',
  'jump',
  'hop',
  'throw',
  'catch',
  'kick',
  'cut',
  'copy',
  'trace',
  'draw',
  'color',
  'print',
  'retell',
  'summarize',
  'describe',
  'explain',
  'compare',
  'contrast',
  'sequence',
  'locate',
  'select',
  'choose',
  'circle',
  'underline',
  'highlight',
  'remain',
  'stay',
  'raise',
  'keep',
  'refrain',
  'engage',
  'participate',
  'greet',
  'share',
  'wait',
  'cross',
  'navigate',
  'travel',
  'ride',
  'purchase',
  'pay',
  'prepare',
  'cook',
  'fill',
  'apply',
  'decode',
  'encode',
  'blend',
  'segment',
  'edit',
  'revise',
  'plan',
  'tell',
  'measure',
  'estimate',
  'round',
  'graph',
  'plot',
  'check',
  'open',
  'close',
  'put',
  'pack',
  'unpack',
  'hang',
  'pour',
  'feed',
  'eat',
  'drink',
  'toilet',
  'transition',
  'comply',
  'attend',
  'arrive',
  'clock',
  'communicate',
  'speak',
  'repeat',
  'define',
  'demonstrate',
  'show',
  'give',
  'hand',
  'turn',
  'move',
  'climb',
  'swim',
  'balance',
  'stand',
  'sit',
  'look',
  'make',
  'begin',
  'start',
  'finish',
  'submit',
  'record',
  'track',
  'budget',
  'schedule',
  'search',
  'research',
  'present',
  'advocate',
  'verbalize',
  'vocalize',
  'model',
  'practice',
])

/** Words that sit between "will" and the verb without changing it. */
export const VERB_LEAD_INS: ReadonlySet<string> = new Set([
  'also',
  'then',
  'now',
  'not',
  'first',
  'still',
  'each',
  'both',
  'either',
])

/** "will be …" phrases that name something you can see. */
export const OBSERVABLE_BE_PHRASES: readonly string[] = [
  'on task',
  'on-task',
  'seated',
  'in his seat',
  'in her seat',
  'in their seat',
  'in seat',
  'on time',
  'present',
  'in class',
]

/**
 * The base form of a verb written with -ing, -s or -ed ("following" → "follow", "writing" → "write",
 * "stopped" → "stop"). Good enough for looking the verb up in the lists above.
 */
export function baseVerb(word: string): string {
  const w = word.toLowerCase()
  for (const candidate of baseCandidates(w)) {
    if (
      NON_OBSERVABLE_VERBS.has(candidate) ||
      OBSERVABLE_VERBS.has(candidate) ||
      CARRIER_VERBS.has(candidate)
    )
      return candidate
  }
  return baseCandidates(w)[0] ?? w
}

function baseCandidates(w: string): string[] {
  const out: string[] = []
  if (w.endsWith('ing') && w.length > 4) {
    const stem = w.slice(0, -3)
    out.push(stem, `${stem}e`)
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1))
  } else if (w.endsWith('ied') && w.length > 4) {
    out.push(`${w.slice(0, -3)}y`)
  } else if (w.endsWith('ed') && w.length > 3) {
    const stem = w.slice(0, -2)
    out.push(stem, `${stem}e`)
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1))
  } else if (w.endsWith('ies') && w.length > 4) {
    out.push(`${w.slice(0, -3)}y`)
  } else if (w.endsWith('es') && w.length > 3) {
    out.push(w.slice(0, -2), w.slice(0, -1))
  } else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 2) {
    out.push(w.slice(0, -1))
  }
  out.push(w)
  return out
}
