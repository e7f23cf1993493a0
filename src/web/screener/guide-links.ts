import type { NextStepId, ReasonId } from '../../domain/screener/screen.ts'
import {
  COMPARISON_ROWS,
  FAQ_IDS,
  GLOSSARY_IDS,
  type GuidePage,
  guideKeys,
} from '../guides/guide-structure.ts'

/**
 * Where each reason and next step of a screener result is explained in the guides: a row of the
 * IEP-or-504 comparison, an answer in "Questions families ask", or a glossary term. The result page
 * links each citation there, so a family can read the law's point in plain words.
 */
export interface GuideLink {
  readonly page: GuidePage
  /** The row, question or term id (the anchor on that page). */
  readonly anchor: string
}

const comparison = (anchor: string): GuideLink => ({ page: 'comparison', anchor })
const question = (anchor: string): GuideLink => ({ page: 'questions', anchor })
const term = (anchor: string): GuideLink => ({ page: 'glossary', anchor })

export const REASON_GUIDES: Readonly<Record<ReasonId, GuideLink>> = {
  partCEarlyIntervention: comparison('ages-and-schools'),
  partCNoConcern: comparison('ages-and-schools'),
  ideaOverAge: comparison('ages-and-schools'),
  existingIep: term('reevaluation'),
  iepAlsoCoveredBy504: question('both-plans'),
  leavingIepNeedsReevaluation: question('switching-plans'),
  existing504: comparison('review'),
  plan504DoesNotReplaceIep: question('switching-plans'),
  ideaCategory: comparison('who-qualifies'),
  ideaTwoPartTest: comparison('who-qualifies'),
  ideaCategoryUnknown: term('evaluation'),
  ideaInstructionUnknown: term('sdi'),
  ideaNoInstructionNeed: term('sdi'),
  ideaNoCategory: comparison('who-qualifies'),
  ideaNoAdverseEffect: question('iep-denied'),
  developmentalDelayStateOption: comparison('who-qualifies'),
  developmentalDelayAge: comparison('who-qualifies'),
  disabilityDefinition: comparison('who-qualifies'),
  limitsActivity: comparison('who-qualifies'),
  oneActivityEnough: comparison('who-qualifies'),
  needsServices: term('accommodations-modifications'),
  limitationUnknown: comparison('evaluation'),
  notDemanding: comparison('who-qualifies'),
  needUnknown: comparison('evaluation'),
  notLimited: comparison('who-qualifies'),
  noNeedStillProtected: term('section-504'),
  noImpairment: comparison('who-qualifies'),
  recordOfProtection: term('section-504'),
  recordButActive: question('good-grades'),
  regardedAsProtection: term('section-504'),
  transitoryAndMinor: term('section-504'),
  mitigatingMeasuresIgnored: question('good-grades'),
  ordinaryGlassesCount: question('good-grades'),
  episodicWhenActive: comparison('who-qualifies'),
  remissionWhenActive: comparison('who-qualifies'),
  temporaryCanQualify: comparison('who-qualifies'),
  noDiagnosisNeeded: question('request-evaluation'),
  childFind: term('child-find'),
  charterIsPublic: comparison('ages-and-schools'),
  privateSchoolIdea: comparison('ages-and-schools'),
  privateSchool504: comparison('ages-and-schools'),
  homeSchoolIdea: term('child-find'),
  homeSchool504: comparison('ages-and-schools'),
  refusalMustBeInWriting: question('prior-written-notice'),
  interventionsCannotDelay: question('request-evaluation'),
  gradesAreNotTheTest: question('good-grades'),
  evaluationUnderway: comparison('evaluation'),
  notEligibleCanDisagree: question('disagree-evaluation'),
  notEligibleMayStillGet504: question('iep-denied'),
}

/** Next steps with a guide entry; the others are explained well enough where they stand. */
export const NEXT_STEP_GUIDES: Readonly<Partial<Record<NextStepId, GuideLink>>> = {
  keep504WhileEvaluating: question('switching-plans'),
  requestEvaluation: question('request-evaluation'),
  request504Evaluation: comparison('evaluation'),
  askToEvaluateNow: question('request-evaluation'),
  trackEvaluationTimeline: comparison('evaluation'),
  track504Evaluation: comparison('evaluation'),
  shareRecords: question('good-grades'),
  askForEvaluationReport: question('get-records'),
  requestIee: term('iee'),
  askForWrittenNotice: question('prior-written-notice'),
  askFor504Notice: comparison('parents-role'),
  mediation: term('mediation'),
  stateComplaint: term('state-complaint'),
  dueProcess: term('due-process'),
  grievance504: comparison('disputes'),
  ocrComplaint: term('ocr-complaint'),
  addAccommodationsToIep: question('both-plans'),
  talkAboutReevaluation: question('switching-plans'),
  check504Plan: comparison('review'),
  privateSchoolDistrict: term('child-find'),
  homeSchoolDistrict: term('child-find'),
  reportDiscrimination: term('ocr-complaint'),
}

/** The guide entry the evaluate result points to: how to ask for an evaluation in writing. */
export const REQUEST_EVALUATION_GUIDE: GuideLink = question('request-evaluation')

/** The catalog key of the entry's own name (row label, question or term), for link text. */
export function guideEntryKey(link: GuideLink): string {
  switch (link.page) {
    case 'comparison':
      return guideKeys.comparisonRowLabel(link.anchor)
    case 'questions':
      return guideKeys.faqQuestion(link.anchor)
    case 'glossary':
      return guideKeys.glossaryHeading(link.anchor)
  }
}

/** Whether the anchor is an entry the guide page really shows (tested for every link above). */
export function guideLinkExists(link: GuideLink): boolean {
  switch (link.page) {
    case 'comparison':
      return COMPARISON_ROWS.some((row) => row.id === link.anchor)
    case 'questions':
      return FAQ_IDS.includes(link.anchor)
    case 'glossary':
      return GLOSSARY_IDS.includes(link.anchor)
  }
}
