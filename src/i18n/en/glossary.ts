/**
 * English text for glossary. Keep keys in step with ../es/glossary.ts.
 * Headings use the term pairs of src/i18n/glossary-terms.ts; order and citations live in
 * src/web/guides/guide-structure.ts (GLOSSARY_TERMS).
 */
export const glossary = {
  terms: {
    'accommodations-modifications': {
      term: 'Accommodations and modifications',
      definition:
        'An accommodation changes how your child learns or shows what they know, such as extra time, a quiet room or tests read aloud. Your child still learns the same things. A modification changes what your child is expected to learn, such as fewer or easier standards. Modifications can affect grades, tests and the diploma, so ask about them.',
    },
    'child-find': {
      term: 'Child find',
      definition:
        'The duty of every state and school district to find and evaluate children who may have a disability. It covers children in private school, children who move often or are homeless, and children who pass from grade to grade.',
    },
    consent: {
      term: 'Consent',
      definition:
        'Your written “yes” after the school has told you everything you need to know, in your language. The school needs it before the first evaluation and before services start. Saying yes is your choice, and you can take it back in writing, but not for what has already happened.',
    },
    'due-process': {
      term: 'Due process complaint and hearing',
      definition:
        'A formal way to settle a disagreement about your child’s evaluation, eligibility, placement or services. You file a written complaint, and the school gets a chance to settle at a meeting. If that fails, a neutral hearing officer hears both sides and decides. You must usually file within 2 years of when you knew about the problem.',
    },
    evaluation: {
      term: 'Evaluation',
      definition:
        'The tests, observations and reviews the school uses to learn if your child has a disability and what help your child needs. It must look at every area of concern and use more than one test. The school needs your consent before the first evaluation.',
    },
    esy: {
      term: 'Extended school year (ESY)',
      definition:
        'Special education and services given outside the normal school year, often in summer. The IEP team decides if your child needs it, one child at a time. The school may not limit it to some disabilities or cap how much is given, and it is free.',
    },
    fape: {
      term: 'Free appropriate public education (FAPE)',
      definition:
        'The right of every child with a disability to a public education that meets their needs, at no cost to you. Under an IEP, it means special education and services planned for your child. Under Section 504, it means education and services that meet your child’s needs as well as other students’ needs are met.',
    },
    iee: {
      term: 'Independent educational evaluation (IEE)',
      definition:
        'An evaluation by a qualified person who does not work for your school district. If you disagree with the school’s evaluation, you can ask for one at the school’s cost. The school must then pay or ask for a hearing to show its own evaluation was right.',
    },
    iep: {
      term: 'Individualized Education Program (IEP)',
      definition:
        'The written plan for a child who qualifies for special education. It says what your child can do now, sets goals for the year, and lists the teaching, services and supports the school will give. The team, you included, reviews it at least once a year.',
    },
    idea: {
      term: 'Individuals with Disabilities Education Act (IDEA)',
      definition:
        'The federal law on special education. It gives children with disabilities from age 3 through 21 the right to a free appropriate public education (FAPE). It also sets the rules for evaluations, IEPs and your rights as a parent.',
    },
    lre: {
      term: 'Least restrictive environment (LRE)',
      definition:
        'Your child should learn with children who do not have disabilities as much as is right for your child. A separate class or school is used only when your child cannot do well in a regular class, even with aids and services.',
    },
    'manifestation-determination': {
      term: 'Manifestation determination',
      definition:
        'A meeting held within 10 school days of a school decision to remove a child with an IEP for more than 10 school days in a row, or in a pattern. You and the team decide if the behavior was caused by your child’s disability, or by the school not following the IEP. If it was, your child usually returns to the same placement.',
    },
    'measurable-annual-goal': {
      term: 'Measurable annual goal',
      definition:
        'A goal in the IEP for what your child should learn or do within a year, written so that progress can be counted. A good goal says what your child will do, how well, and how it will be checked. The IEP also says when you will get progress reports.',
    },
    mediation: {
      term: 'Mediation',
      definition:
        'A meeting where a trained, neutral person helps you and the school reach an agreement. It is free and both sides must agree to take part. What you say stays private, and a signed agreement can be enforced in court. It may not be used to delay a hearing.',
    },
    'ocr-complaint': {
      term: 'OCR complaint',
      definition:
        'A complaint to the Office for Civil Rights (OCR), part of the federal education department, when you believe a school treated your child unfairly because of a disability. You must usually file within 180 days. The law also protects you from being punished for complaining.',
    },
    'present-levels': {
      term: 'Present levels (PLAAFP)',
      definition:
        'The part of the IEP that describes how your child is doing now in school work and in daily skills, and how the disability affects learning in the regular class. The full name is present levels of academic achievement and functional performance. The goals should build on it.',
    },
    'prior-written-notice': {
      term: 'Prior written notice (PWN)',
      definition:
        'A letter the school must give you before it changes, or refuses to change, your child’s evaluation, eligibility, placement or services. It says what the school decided and why. It also lists the other choices it thought about and the tests and records it used.',
    },
    'procedural-safeguards': {
      term: 'Procedural safeguards',
      definition:
        'Your rights as a parent in special education, such as the rights to consent, to see records, and to disagree. The school must give you a written notice of these rights once a year, and at other key times, such as when you first ask for an evaluation.',
    },
    reevaluation: {
      term: 'Reevaluation',
      definition:
        'A new evaluation to see how your child is doing and what help is still needed. It happens at least every 3 years, and not more than once a year unless you and the school agree. You or a teacher can ask for one sooner.',
    },
    'related-services': {
      term: 'Related services',
      definition:
        'Services that help your child gain from special education. Examples are speech therapy, occupational or physical therapy, counseling, care from the school nurse, and transportation. The IEP lists each one with how often and how long.',
    },
    'resolution-meeting': {
      term: 'Resolution meeting',
      definition:
        'A meeting the school must hold within 15 days after it gets a due process complaint from a parent. It gives both sides a chance to settle before a hearing. You and the school can agree in writing to skip it or to use mediation instead.',
    },
    'section-504': {
      term: 'Section 504 and the 504 plan',
      definition:
        'Section 504 of the Rehabilitation Act is a civil rights law. It forbids unfair treatment because of a disability in any school that gets federal money. A 504 plan is the written list of accommodations and services a school gives under this law.',
    },
    sdi: {
      term: 'Specially designed instruction (SDI)',
      definition:
        'Teaching that is changed to fit your child’s needs: what is taught, how it is taught, or how it is given. It helps your child learn the same lessons as other students. Needing it because of a disability is what makes a child eligible for an IEP.',
    },
    'state-complaint': {
      term: 'State complaint',
      definition:
        'A signed, written complaint to your state education agency that a school broke a special education rule. Anyone can file one, about a problem from the past year. The state must look into it and decide within 60 days.',
    },
    'stay-put': {
      term: 'Stay-put',
      definition:
        'While a due process hearing or court case goes on, your child stays in the current placement, unless you and the school agree to a change. Placement means the program and services, not always one building.',
    },
    'transition-services': {
      term: 'Transition services',
      definition:
        'Plans and services in the IEP that prepare your child for life after high school: more school or training, work, and living on their own where it fits. They must be in the IEP in effect when your child turns 16, or sooner if your state or the team decides.',
    },
  },
} as const
