import type { AccommodationSetting, ServiceKind } from './plan.ts'

/**
 * The library of accommodations, modifications, services and staff supports a family or a team
 * can pick from instead of writing each one out. Each entry is data: an id, the need it answers,
 * what type of support it is, and where it usually applies. Its name and a plain explanation live
 * in the catalogs at `plans.library.items.<id>.name` and `.explain` (English and Spanish).
 * Ids are stored in plans (`libraryId`): never rename one; add new ones at the end of their need.
 *
 * Types follow LAW.md § 11: an accommodation changes how the child learns or shows learning; a
 * modification changes what the child is expected to learn; a service is given by someone for an
 * amount of time (special education, related services 300.34, supplementary aids 300.42); a staff
 * support helps the adults (300.320(a)(4)).
 */
export const LIBRARY_NEEDS = [
  'across-subjects',
  'reading',
  'writing',
  'math',
  'attention',
  'organization',
  'behavior',
  'social-emotional',
  'sensory',
  'communication',
  'hearing',
  'vision',
  'motor',
  'health',
  'testing',
  'transition',
] as const
export type LibraryNeed = (typeof LIBRARY_NEEDS)[number]

export const LIBRARY_ENTRY_TYPES = ['accommodation', 'modification', 'service', 'staff-support'] as const
export type LibraryEntryType = (typeof LIBRARY_ENTRY_TYPES)[number]

export interface LibraryEntry {
  readonly id: string
  readonly need: LibraryNeed
  readonly type: LibraryEntryType
  /** Where an accommodation usually applies; the plan may name other settings. */
  readonly settings?: readonly AccommodationSetting[]
  /** The kind of service, for service entries. */
  readonly serviceKind?: ServiceKind
  /** The rule that names this support, where one does. */
  readonly citation?: string
}

const CLASS: readonly AccommodationSetting[] = ['classroom']
const CLASS_HOME: readonly AccommodationSetting[] = ['classroom', 'homework']
const CLASS_TEST: readonly AccommodationSetting[] = ['classroom', 'testing']
const TEST: readonly AccommodationSetting[] = ['testing']
const EVERYWHERE: readonly AccommodationSetting[] = [
  'classroom',
  'cafeteria',
  'transportation',
  'field-trips',
  'extracurricular',
]

function accommodation(
  id: string,
  need: LibraryNeed,
  settings: readonly AccommodationSetting[],
): LibraryEntry {
  return { id, need, type: 'accommodation', settings }
}

function service(id: string, need: LibraryNeed, serviceKind: ServiceKind, citation?: string): LibraryEntry {
  return citation
    ? { id, need, type: 'service', serviceKind, citation }
    : { id, need, type: 'service', serviceKind }
}

function modification(id: string, need: LibraryNeed): LibraryEntry {
  return { id, need, type: 'modification' }
}

function staffSupport(id: string, need: LibraryNeed, citation?: string): LibraryEntry {
  return citation ? { id, need, type: 'staff-support', citation } : { id, need, type: 'staff-support' }
}

export const LIBRARY: readonly LibraryEntry[] = [
  accommodation('audio-books', 'reading', CLASS_HOME),
  accommodation('text-to-speech', 'reading', CLASS_HOME),
  accommodation('read-aloud-directions', 'reading', CLASS_TEST),
  accommodation('pre-taught-vocabulary', 'reading', CLASS),
  accommodation('highlighted-text', 'reading', CLASS_HOME),
  modification('leveled-texts', 'reading'),
  service('specialized-reading-instruction', 'reading', 'special-education', '34 CFR 300.39(b)(3)'),

  accommodation('speech-to-text', 'writing', CLASS_HOME),
  accommodation('scribe', 'writing', CLASS_TEST),
  accommodation('word-processor', 'writing', CLASS_HOME),
  accommodation('graphic-organizers', 'writing', CLASS_HOME),
  accommodation('copy-of-notes', 'writing', CLASS),
  accommodation('spelling-not-graded', 'writing', CLASS_HOME),
  modification('reduced-written-work', 'writing'),
  service('specialized-writing-instruction', 'writing', 'special-education', '34 CFR 300.39(b)(3)'),

  accommodation('calculator', 'math', CLASS_HOME),
  accommodation('math-reference-sheet', 'math', CLASS_TEST),
  accommodation('manipulatives', 'math', CLASS),
  accommodation('graph-paper', 'math', CLASS_HOME),
  accommodation('worked-examples', 'math', CLASS_HOME),
  modification('alternate-math-standards', 'math'),
  service('specialized-math-instruction', 'math', 'special-education', '34 CFR 300.39(b)(3)'),

  accommodation('preferential-seating', 'attention', CLASS_TEST),
  accommodation('frequent-breaks', 'attention', CLASS),
  accommodation('directions-repeated', 'attention', CLASS_TEST),
  accommodation('check-for-understanding', 'attention', CLASS),
  accommodation('chunked-assignments', 'attention', CLASS_HOME),
  accommodation('shortened-assignments', 'attention', CLASS_HOME),
  accommodation('quiet-work-area', 'attention', CLASS),

  accommodation('planner-check', 'organization', CLASS_HOME),
  accommodation('extra-set-of-books', 'organization', ['homework']),
  accommodation('extended-time-assignments', 'organization', CLASS_HOME),
  accommodation('visual-schedule', 'organization', CLASS),
  accommodation('home-school-log', 'organization', CLASS_HOME),
  accommodation('warning-before-changes', 'organization', EVERYWHERE),

  service('behavior-intervention-plan', 'behavior', 'supplementary-aid', '34 CFR 300.324(a)(2)(i)'),
  accommodation('check-in-check-out', 'behavior', CLASS),
  accommodation('positive-reinforcement', 'behavior', EVERYWHERE),
  accommodation('break-pass', 'behavior', CLASS),
  accommodation('posted-expectations', 'behavior', CLASS),
  staffSupport('behavior-consultation', 'behavior', '34 CFR 300.320(a)(4)'),

  service('counseling', 'social-emotional', 'related-service', '34 CFR 300.34(c)(2)'),
  service('social-skills-group', 'social-emotional', 'special-education'),
  service('school-psychology', 'social-emotional', 'related-service', '34 CFR 300.34(c)(10)'),
  service('school-social-work', 'social-emotional', 'related-service', '34 CFR 300.34(c)(14)'),
  accommodation('trusted-adult', 'social-emotional', EVERYWHERE),
  accommodation('supervised-unstructured-time', 'social-emotional', ['cafeteria', 'extracurricular']),

  accommodation('noise-reducing-headphones', 'sensory', ['classroom', 'testing', 'cafeteria']),
  accommodation('fidget-tools', 'sensory', CLASS_TEST),
  accommodation('sensory-breaks', 'sensory', CLASS),
  accommodation('alternative-seating', 'sensory', CLASS),
  accommodation('quiet-lunch-space', 'sensory', ['cafeteria']),

  service('speech-language-therapy', 'communication', 'related-service', '34 CFR 300.34(c)(15)'),
  service('augmentative-communication', 'communication', 'supplementary-aid', '34 CFR 300.5-300.6'),
  accommodation('extra-response-time', 'communication', CLASS),
  accommodation('visual-supports', 'communication', CLASS),

  service('hearing-assistance-technology', 'hearing', 'supplementary-aid', '34 CFR 300.5-300.6'),
  service('sign-language-interpreter', 'hearing', 'related-service', '34 CFR 300.34(c)(4)'),
  service('audiology', 'hearing', 'related-service', '34 CFR 300.34(c)(1)'),
  accommodation('captions', 'hearing', CLASS_HOME),
  accommodation('speaker-faces-student', 'hearing', EVERYWHERE),

  accommodation('large-print', 'vision', CLASS_TEST),
  service('braille-instruction', 'vision', 'special-education', '34 CFR 300.324(a)(2)(iii)'),
  service('orientation-and-mobility', 'vision', 'related-service', '34 CFR 300.34(c)(7)'),
  accommodation('magnification', 'vision', CLASS_TEST),

  service('occupational-therapy', 'motor', 'related-service', '34 CFR 300.34(c)(6)'),
  service('physical-therapy', 'motor', 'related-service', '34 CFR 300.34(c)(9)'),
  service('adapted-physical-education', 'motor', 'special-education', '34 CFR 300.108'),
  accommodation('adapted-writing-tools', 'motor', CLASS_TEST),
  accommodation('extra-passing-time', 'motor', CLASS),
  service('special-transportation', 'motor', 'related-service', '34 CFR 300.34(c)(16)'),
  accommodation('elevator-access', 'motor', ['classroom', 'extracurricular']),

  service('school-nurse-services', 'health', 'health-service', '34 CFR 300.34(c)(13)'),
  accommodation('health-plan', 'health', EVERYWHERE),
  accommodation('water-snacks-restroom', 'health', ['classroom', 'testing', 'transportation', 'field-trips']),
  accommodation('make-up-work-for-absences', 'health', CLASS_HOME),
  accommodation('allergy-safe-eating', 'health', ['cafeteria', 'classroom', 'field-trips']),
  accommodation('trained-adult-on-trips', 'health', ['field-trips', 'extracurricular', 'transportation']),
  staffSupport('staff-health-training', 'health', '34 CFR 300.320(a)(4)'),

  accommodation('extended-time-tests', 'testing', TEST),
  accommodation('separate-setting-tests', 'testing', TEST),
  accommodation('read-aloud-tests', 'testing', TEST),
  accommodation('breaks-during-tests', 'testing', TEST),
  accommodation('answers-in-any-format', 'testing', TEST),
  accommodation('best-time-of-day-tests', 'testing', TEST),
  accommodation('fewer-items-per-page', 'testing', TEST),

  service('paraprofessional-support', 'across-subjects', 'supplementary-aid', '34 CFR 300.42'),
  service('co-taught-class', 'across-subjects', 'special-education', '34 CFR 300.39'),
  service('resource-room', 'across-subjects', 'special-education', '34 CFR 300.39'),
  service('assistive-technology-services', 'across-subjects', 'supplementary-aid', '34 CFR 300.6'),
  staffSupport('teacher-consultation', 'across-subjects', '34 CFR 300.320(a)(4)'),
  modification('modified-grading', 'across-subjects'),

  service('travel-training', 'transition', 'special-education', '34 CFR 300.39(a)(2)(ii)'),
  service('job-exploration', 'transition', 'other', '34 CFR 300.43'),
  service('self-advocacy-instruction', 'transition', 'special-education', '34 CFR 300.43'),
  staffSupport('agency-linkage', 'transition', '34 CFR 300.321(b)(3)'),
]

const BY_ID = new Map(LIBRARY.map((entry) => [entry.id, entry]))

/** The entry with this id, or undefined. */
export function libraryEntry(id: string): LibraryEntry | undefined {
  return BY_ID.get(id)
}

/** The entries grouped by need, in the library's order, for a grouped picker. */
export function libraryByNeed(type?: LibraryEntryType): ReadonlyMap<LibraryNeed, readonly LibraryEntry[]> {
  const groups = new Map<LibraryNeed, LibraryEntry[]>(LIBRARY_NEEDS.map((need) => [need, []]))
  for (const entry of LIBRARY)
    if (type === undefined || entry.type === type) groups.get(entry.need)?.push(entry)
  return groups
}

/** Catalog keys for an entry's name and plain explanation. */
export function libraryKeys(id: string): { readonly name: string; readonly explain: string } {
  return { name: `plans.library.items.${id}.name`, explain: `plans.library.items.${id}.explain` }
}

/** Catalog key for a need's heading. */
export function libraryNeedKey(need: LibraryNeed): string {
  return `plans.library.needs.${need}`
}
