import { findEnglishBehavior } from './english-behavior.ts'
import { findEnglishMeasures } from './english-measures.ts'
import { NUMBER_SOURCE as NUM } from './english-numbers.ts'
import type { CriterionKind } from './goal-check.ts'
import type { GoalLexicon } from './goal-lexicon.ts'

/**
 * How English annual goals say each part. The patterns are the checker's knowledge; each list is
 * ordered so that the more specific phrase comes first. The reasoning behind them is in docs/goals.md.
 */

const rx = (source: string): RegExp => new RegExp(source, 'gi')

/** Up to `n` ordinary words (no digits), for the gaps inside a phrase: "4 of 5 [weekly curriculum-based] probes". */
const words = (n: number): string => `(?:[a-z][\\w'’-]*\\s+){0,${n}}?`

const TRIAL_NOUNS =
  '(?:trials?|opportunities|opportunity|sessions?|probes?|attempts?|days?|weeks?|months?|periods?|observations?|samples?|assessments?|tests?|quizzes|shifts?|trips?|lessons?|retells?|occasions?|times|data\\s+points?|activities|tries|measures|classes|intervals?|entries|tasks?|readings?|passages?|checks?|assignments?|worksheets?|pages?)'

const AT_LEAST =
  '(?:at\\s+least|no\\s+more\\s+than|no\\s+less\\s+than|fewer\\s+than|less\\s+than|at\\s+most|up\\s+to|a\\s+(?:maximum|minimum)\\s+of)'

const PERCENT = '\\d{1,3}(?:\\.\\d+)?\\s*(?:%|percent\\b)'

const criterion: { kind: CriterionKind; pattern: RegExp }[] = [
  // "in 4 of 5 trials", "on 4/5 writing probes", "5 of 6 times"
  {
    kind: 'trials',
    pattern: rx(
      `\\b(?:(?:in|on|across|for|during|over|at)\\s+)?(?:at\\s+least\\s+)?${NUM}\\s*(?:out\\s+of|of|/)\\s*${NUM}\\s+${words(3)}${TRIAL_NOUNS}\\b`,
    ),
  },
  // "across 3 consecutive sessions", "for 6 consecutive weeks"
  {
    kind: 'trials',
    pattern: rx(
      `\\b(?:(?:in|on|across|for|over|during)\\s+)?${NUM}\\s+(?:consecutive|straight|successive)\\s+${words(2)}${TRIAL_NOUNS}\\b`,
    ),
  },
  // "three times in a row"
  {
    kind: 'trials',
    pattern: rx(`\\b${NUM}\\s+(?:times|trials|sessions|days|weeks|attempts)\\s+in\\s+a\\s+row\\b`),
  },
  // "95 words correct per minute", "20 words a minute"
  {
    kind: 'rate',
    pattern: rx(
      `\\b(?:at\\s+(?:a\\s+rate\\s+of\\s+)?)?(?:at\\s+least\\s+)?${NUM}\\s+${words(3)}(?:per|a|each|every)\\s+(?:minute|min)\\b`,
    ),
  },
  // "80 wcpm"
  {
    kind: 'rate',
    pattern: rx(`\\b(?:at\\s+)?(?:at\\s+least\\s+)?${NUM}\\s*(?:wcpm|cwpm|wpm|cwm|dcpm|wrc|cws)\\b`),
  },
  // "20 problems in 2 minutes"
  {
    kind: 'rate',
    pattern: rx(`\\b${NUM}\\s+${words(3)}(?:in|within)\\s+(?:${NUM}|a)\\s+(?:minutes?|mins?)\\b`),
  },
  // "on-task 80% of the time", "in 90% of intervals"
  {
    kind: 'frequency',
    pattern: rx(
      `\\b(?:(?:in|for|during)\\s+)?(?:at\\s+least\\s+)?${PERCENT}\\s+of\\s+(?:the\\s+)?(?:time|(?:observed\\s+|[\\w-]+\\s+)?intervals|class\\s+period|school\\s+day|instructional\\s+time)\\b`,
    ),
  },
  // "no more than 3 errors", "with no errors"
  {
    kind: 'accuracy',
    pattern: rx(`\\b(?:with\\s+)?${AT_LEAST}\\s+${NUM}\\s+${words(2)}(?:errors?|mistakes?|miscues?)\\b`),
  },
  {
    kind: 'accuracy',
    pattern: rx(`\\b(?:with\\s+)?(?:no|zero)\\s+(?:[a-z][\\w-]*\\s+)?(?:errors|mistakes|miscues)\\b`),
  },
  // "at least 3 times per week", "1 or fewer incidents per week", "no more than one reminder per transition"
  {
    kind: 'frequency',
    pattern: rx(
      `\\b(?:${AT_LEAST}\\s+)?${NUM}\\s+${words(3)}(?:per|a|each|every)\\s+(?:school\\s+day|class\\s+period|day|week|month|session|class|lesson|period|hour|transition|activity|shift|meal|quarter|semester|page|assignment|passage|paragraph|task)\\b`,
    ),
  },
  // "no more than 2 prompts", "fewer than 3 outbursts"
  {
    kind: 'frequency',
    pattern: rx(
      `\\b${AT_LEAST}\\s+${NUM}\\s+${words(2)}(?:times|incidents?|episodes?|occurrences?|instances?|prompts?|reminders?|cues?|redirections?|outbursts?|refusals?|accidents?|call-outs?|talk-outs?|interruptions?|tantrums?|absences|tardies|referrals?)\\b`,
    ),
  },
  {
    kind: 'frequency',
    pattern: rx(`\\b${NUM}\\s+or\\s+(?:fewer|less)\\s+[a-z][\\w-]*`),
  },
  // "with 85% accuracy", "in 80% of opportunities"
  {
    kind: 'accuracy',
    pattern: rx(
      `\\b(?:(?:with|at|in|on)\\s+)?(?:at\\s+least\\s+|a\\s+minimum\\s+of\\s+)?${PERCENT}(?:\\s+(?:accuracy|accurate|correct(?:ly)?|mastery|independence|of\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?${words(3)}(?:opportunities|trials|attempts|items|problems|questions|words|requests|entries|responses|samples|assignments|prompts|probes|sessions|days|steps)))?`,
    ),
  },
  { kind: 'accuracy', pattern: rx(`\\baccuracy\\s+(?:of|at)\\s+(?:at\\s+least\\s+)?${PERCENT}`) },
  // "18 of 20 correct", "45 of 50 correctly"
  {
    kind: 'accuracy',
    pattern: rx(
      `\\b(?:at\\s+least\\s+)?${NUM}\\s+(?:out\\s+of|of)\\s+${NUM}\\b(?:\\s+(?:correct(?:ly)?|items|problems|questions|words|answers|errors|steps|responses|points|possible))?`,
    ),
  },
  // "18 of them correctly"
  {
    kind: 'accuracy',
    pattern: rx(
      `\\b(?:at\\s+least\\s+)?${NUM}\\s+of\\s+(?:them|these|those|the\\s+[a-z]+)\\s+${words(2)}correct(?:ly)?\\b`,
    ),
  },
  // "4/5" (never part of a date such as 05/29/2027)
  { kind: 'accuracy', pattern: rx('(?<![\\d/])\\d{1,3}\\s*/\\s*\\d{1,3}(?![\\d/])') },
  // "scoring 3 or higher", "a score of at least 80"
  {
    kind: 'accuracy',
    pattern: rx(
      `\\b(?:score|scoring|scores|rating|rated|level)\\s+(?:of\\s+)?(?:at\\s+least\\s+)?${NUM}(?:\\s+or\\s+(?:higher|better|above|more))?(?:\\s+(?:out\\s+of|of)\\s+${NUM})?`,
    ),
  },
  { kind: 'accuracy', pattern: rx(`\\b${NUM}\\s+or\\s+(?:higher|better|above)\\b`) },
  // "for at least 25 minutes"
  {
    kind: 'duration',
    pattern: rx(
      `\\bfor\\s+(?:at\\s+least\\s+|up\\s+to\\s+|a\\s+(?:minimum|maximum)\\s+of\\s+)?${NUM}\\s+(?:consecutive\\s+)?(?:seconds?|minutes?|mins?|hours?)\\b`,
    ),
  },
  // "within 3 seconds", "within 2 minutes of the first request"
  {
    kind: 'duration',
    pattern: rx(
      `\\bwithin\\s+${NUM}\\s+(?:seconds?|minutes?|mins?)\\b(?:\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?${words(2)}(?:request|direction|prompt|instruction|arrival|bell|cue|signal))?`,
    ),
  },
  {
    kind: 'duration',
    pattern: rx(`\\b(?:${AT_LEAST}|under)\\s+${NUM}\\s+(?:seconds?|minutes?|hours?)\\b`),
  },
]

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?'
const DATE = `(?:${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+\\d{4})?|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}-\\d{1,2}-\\d{2,4})`

const timeframe: RegExp[] = [
  rx(`\\b(?:by|before|no\\s+later\\s+than|on\\s+or\\s+before|until)\\s+(?:the\\s+end\\s+of\\s+)?${DATE}`),
  rx(
    `\\b(?:by|before|at|until|no\\s+later\\s+than)\\s+the\\s+(?:end|close|conclusion)\\s+of\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|this\\s+|next\\s+)?(?:[\\w'’–-]+\\s+){0,3}(?:year|semester|trimester|quarter|term|period|cycle|IEP)\\b`,
  ),
  rx(
    '\\bby\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:next\\s+)?(?:annual\\s+IEP(?:\\s+(?:review|meeting))?|annual\\s+(?:review|meeting)|IEP\\s+(?:review|meeting|anniversary(?:\\s+date)?|end\\s+date|due\\s+date)|(?:annual\\s+)?review\\s+date)\\b',
  ),
  rx(
    `\\b(?:within|in|over|during)\\s+(?:the\\s+next\\s+|the\\s+)?(?:${NUM}|a)\\s+(?:instructional\\s+|school\\s+|calendar\\s+|academic\\s+)?(?:weeks?|months?|years?|semesters?|trimesters?|quarters?|grading\\s+periods?|marking\\s+periods?)\\b`,
  ),
  rx(
    '\\b(?:within|during|over|throughout)\\s+(?:the|this|his|her|their)\\s+(?:current\\s+|next\\s+)?(?:annual\\s+)?(?:IEP|school|academic)\\s+(?:year|period|term|cycle)\\b',
  ),
  rx('\\bduring\\s+the\\s+\\d{4}\\s*[-–]\\s*\\d{2,4}\\s+(?:school\\s+)?year\\b'),
  rx(
    '\\b(?:by|before)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:graduation|exit\\s+from\\s+high\\s+school)\\b',
  ),
]

const MEASURED_VERBS =
  'measured|documented|recorded|evidenced|determined|assessed|monitored|tracked|charted|observed|reported|shown|indicated|noted|verified|scored|graded|evaluated|checked|counted|rated|judged|collected|demonstrated'

const INSTRUMENT_WORDS =
  '(?:data|observations?|probes?|rubrics?|checklists?|assessments?|records?|logs?|samples?|tests?|quizzes|tally|charts?|scores?|results|reports?)'

const measurementOpeners: RegExp[] = [
  rx(
    `\\bas\\s+(?:${MEASURED_VERBS})(?:\\s+and\\s+[a-z]+)?\\s+(?:by|on|in|through|via|using|with|from|at|during)\\b`,
  ),
  rx(
    '\\b(?:measured|documented|recorded|assessed|monitored|tracked|charted|scored|graded|evaluated|verified)\\s+(?:by|on|in|through|via|using|with|from)\\b',
  ),
  rx('\\baccording\\s+to\\b'),
  rx(
    `\\bbased\\s+on\\s+(?:the\\s+|a\\s+)?(?:teacher|staff|therapist|curriculum|${INSTRUMENT_WORDS}|work\\s+samples)`,
  ),
  rx(
    '\\bper\\s+(?:the\\s+)?(?:teacher|staff|therapist|SLP|OT|PT|case\\s+manager|data|observation|records?|report)\\b',
  ),
  rx(`\\b(?:via|through)\\s+(?:the\\s+|a\\s+|an\\s+)?${words(2)}${INSTRUMENT_WORDS}\\b`),
  rx('\\bdata\\s+(?:will\\s+be\\s+)?(?:collected|recorded|kept|charted)\\b'),
]

const measurementInstruments: RegExp[] = [
  rx(
    "\\b(?:curriculum[-\\s]based\\s+(?:measurements?|probes?|assessments?)|CBMs?|DIBELS|Acadience(?:\\s+(?:ORF|reading|math))?|aimsweb(?:plus)?|easyCBM|i-Ready|running\\s+records?|work\\s+samples?|data\\s+(?:sheets?|logs?|collection|charts?|tracking)|(?:frequency|tally|interval|duration|latency|event|ABC)\\s+(?:counts?|data|recording|records|sheets?|charts?)|rubrics?|checklists?|probes?|logs?|tally|quizz?(?:es)?|tests?|assessments?|portfolios?|(?:teacher|staff|therapist|SLP|OT|PT|aide|paraprofessional|counselor|clinician)(?:'s|s')?\\s+(?:data|records?|observations?|notes|tally|charts?|logs?)|observations?|trial[-\\s]by[-\\s]trial\\s+data|session\\s+data|progress\\s+monitoring)\\b",
  ),
]

const SUPPORTS =
  '(?:supports?|cues?|prompts?|model|modeling|visuals?|organizer|schedule|checklist|calculator|number\\s+line|manipulatives|device|card|timer|chart|word\\s+bank|template|scribe|reader|text-to-speech|speech-to-text|keyboard|grip|aide|paraprofessional|assistance|help|accommodations?|tools?|strategies|sentence\\s+(?:starters?|frames?))'

const SETTINGS =
  '(?:classrooms?|class|classes|settings?|groups?|school|community|cafeteria|lunchroom|hallways?|gym|gymnasium|playground|recess|lunch|home|bus|stores?|environments?|library|therapy\\s+room|work\\s*site|job\\s+site|workplace|office|lessons?|centers?|1:1|one-on-one|resource\\s+room|general\\s+education|circle\\s+time|assemblies|field\\s+trips?)'

const conditionOpeners: RegExp[] = [
  rx(
    '\\b(?:when|if|once|after|upon|while|whenever)\\s+(?:(?:he|she|they|the\\s+student|[a-z]+)\\s+(?:is|are)\\s+)?(?:given|provided|presented|shown|offered|asked|prompted|told|cued|directed|instructed|frustrated|upset|angry|anxious|corrected|redirected|reminded)\\b',
  ),
  rx(
    '\\b(?:given|provided\\s+with|presented\\s+with|with\\s+access\\s+to|in\\s+response\\s+to|from\\s+(?:memory|dictation))\\b',
  ),
  rx('\\b(?:when|whenever|if|once|while)\\b(?!\\s+questions)'),
  rx('\\b(?:during|throughout|across|upon)\\s+'),
  rx('\\bafter\\s+(?:[a-z]+ing\\b|(?:a|an|the)\\s+)'),
  rx('\\b(?:using|with\\s+the\\s+(?:use|help|aid)\\s+of)\\b'),
  rx('\\bfollowing\\s+(?:a|an)\\s+'),
  rx(`\\bwith\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?:[a-z][\\w-]*\\s+){0,2}?${SUPPORTS}\\b`),
  rx(`\\b(?:in|on|at)\\s+(?:(?:a|an|the|his|her|their|all|both|any|[a-z][\\w'’-]*)\\s+){0,4}?${SETTINGS}\\b`),
  rx(
    '\\bat\\s+(?:arrival|dismissal|the\\s+(?:start|beginning|end)\\s+of\\s+(?:the\\s+|each\\s+)?(?:day|class|period|lesson|session))\\b',
  ),
]

const trailingWords =
  /(?:\s+(?:at|with|in|on|by|for|to|and|or|of|the|a|an|when|during|from|as|within|while|after|until|per|his|her|their|its))+\s*$/i

/** The English lexicon the checker uses for `language: "en"`. */
export const englishGoalLexicon: GoalLexicon = {
  language: 'en',
  criterion,
  timeframe,
  measurementOpeners,
  measurementInstruments,
  conditionOpeners,
  trailingWords,
  findBehavior: findEnglishBehavior,
  findMeasures: findEnglishMeasures,
}
