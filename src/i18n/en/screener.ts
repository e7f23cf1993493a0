/** English text for screener. Keep keys in step with ../es/screener.ts. */
export const screener = {
  notice:
    'This is guidance, not legal advice. For free help, contact the Parent Training and Information Center in your state.',

  flow: {
    title: 'Which plan fits my child?',
    intro:
      'Answer a few questions about your child. It takes about 5 minutes and you do not need an account. At the end you will see which plan may fit, why, and what to do next.',
    start: 'Start now',
    continue: 'Continue',
    back: 'Back',
    change: 'Change',
    remove: 'Remove',
    checkAnswersTitle: 'Check your answers',
    checkAnswersHint: 'Look over your answers. You can change any of them before you see the result.',
    seeResult: 'See the result',
    startAgain: 'Start again',
    conditionHeading: 'Condition {{number}}: {{name}}',
    reasonsHeading: 'Why',
    nextStepsHeading: 'What to do next',
    lawLabel: 'The law',
  },

  recommendations: {
    iep: {
      title: 'An IEP looks like the right fit',
      summary:
        'Your answers point to special education under IDEA. Your child may have a disability on IDEA’s list and need teaching planned for them. Only the school’s evaluation can decide, so ask for one in writing.',
    },
    '504': {
      title: 'A 504 plan looks like the right fit',
      summary:
        'Your answers point to a 504 plan. A condition makes an everyday activity much harder for your child, and your child needs changes or help at school. The school decides after its own evaluation.',
    },
    evaluate: {
      title: 'Ask the school for an evaluation',
      summary:
        'Some facts that decide which plan fits are not known yet. A free evaluation by the school finds them out. Ask for it in writing.',
      titleEarlyIntervention: 'Ask for a free early intervention evaluation',
      summaryEarlyIntervention:
        'Your child is under 3. Help at this age comes from your state’s early intervention program, which evaluates children for free.',
    },
    neither: {
      title: 'Neither plan seems to fit right now',
      summary:
        'From your answers, your child does not seem to need an IEP or a 504 plan today. Your child is still protected from unfair treatment, and you can ask again if things change.',
    },
  },

  errors: {
    numberRange: 'Enter a whole number from {{min}} to {{max}}.',
    tooLong: 'Use {{max}} characters or fewer.',
    noSuchCondition: 'Add the conditions in order, starting with the first one.',
    exclusive: {
      none: 'Choose “None of these” on its own, or clear it and keep your other choices.',
      unsure: 'Choose “I am not sure which one fits” on its own, or clear it and keep your other choices.',
    },
  },

  problems: {
    duplicates: 'List each value only once.',
  },

  answers: {
    notSure: 'Not sure',
    years_one: '{{count}} year old',
    years_other: '{{count}} years old',
    months_one: 'About {{count}} month',
    months_other: 'About {{count}} months',
    text: '{{value}}',
  },

  categoryNames: {
    autism: 'autism',
    'deaf-blindness': 'deaf-blindness',
    deafness: 'deafness',
    'emotional-disturbance': 'emotional disturbance',
    'hearing-impairment': 'hearing impairment',
    'intellectual-disability': 'intellectual disability',
    'multiple-disabilities': 'multiple disabilities',
    'orthopedic-impairment': 'orthopedic impairment',
    'other-health-impairment': 'other health impairment',
    'specific-learning-disability': 'specific learning disability',
    'speech-or-language-impairment': 'speech or language impairment',
    'traumatic-brain-injury': 'traumatic brain injury',
    'visual-impairment-including-blindness': 'visual impairment, including blindness',
  },

  activityNames: {
    learning: 'learning',
    reading: 'reading',
    concentrating: 'concentrating',
    thinking: 'thinking',
    communicating: 'communicating',
    eating: 'eating',
    breathing: 'breathing',
    walking: 'walking',
    seeing: 'seeing',
    hearing: 'hearing',
    speaking: 'speaking',
    'caring-for-oneself': 'caring for oneself',
    writing: 'writing',
    'interacting-with-others': 'interacting with others',
    sleeping: 'sleeping',
    'performing-manual-tasks': 'using the hands for tasks',
    standing: 'standing',
    sitting: 'sitting',
    reaching: 'reaching',
    lifting: 'lifting',
    bending: 'bending',
    working: 'working',
    'immune-system': 'the immune system',
    'normal-cell-growth': 'normal cell growth',
    digestive: 'digestion',
    bowel: 'the bowel',
    bladder: 'the bladder',
    neurological: 'the nervous system',
    brain: 'the brain',
    respiratory: 'breathing organs (respiratory system)',
    circulatory: 'the heart and blood (circulatory system)',
    endocrine: 'hormones (endocrine system)',
    reproductive: 'the reproductive system',
  },

  questions: {
    age: {
      title: 'How old is your child?',
      hint: 'Enter your child’s age in whole years. For a baby under 1, enter 0.',
      error: 'Enter your child’s age in years, for example 7.',
    },
    school: {
      title: 'Where does your child go to school?',
      hint: 'Choose the one that fits best today.',
      error: 'Choose where your child goes to school.',
      options: {
        public: {
          label: 'A public school',
          hint: 'Run by the public school district. Public preschool and online public school count too.',
        },
        charter: {
          label: 'A public charter school',
          hint: 'A charter school is a public school. It has the same duties to children with disabilities.',
        },
        private: {
          label: 'A private or religious school',
          hint: 'A school you chose that the public school system does not run. If the school district placed your child there, choose “A public school”.',
        },
        home: {
          label: 'Home school',
          hint: 'You teach your child at home.',
        },
      },
    },
    currentPlan: {
      title: 'Does your child have an IEP or a 504 plan now?',
      hint: 'Look at the papers the school gave you. An IEP is a written plan for special education. A 504 plan is a written list of changes and help at school.',
      error: 'Choose whether your child has an IEP, a 504 plan, or neither.',
      options: {
        none: {
          label: 'Neither',
          hint: 'Your child has no written plan, or you are not sure.',
        },
        iep: {
          label: 'An IEP (Individualized Education Program)',
          hint: 'Some states call it an ARD plan or a special education plan.',
        },
        '504': {
          label: 'A 504 plan',
          hint: 'Sometimes called a Section 504 plan or an accommodation plan.',
        },
      },
    },
    basis: {
      title: 'Which of these describes your child best?',
      hint: 'This tells us which part of the law to look at.',
      error: 'Choose the answer that describes your child best.',
      options: {
        impairment: {
          label: 'My child has a health condition, disability or difficulty now',
          hint: 'It does not need a diagnosis. Trouble with reading, attention, feelings or behavior counts.',
        },
        'record-of': {
          label: 'My child had a condition in the past, or was once wrongly labeled with one',
          hint: 'For example, a heart problem fixed by surgery, or a learning disability label that later testing showed was wrong.',
        },
        'regarded-as': {
          label: 'People at school treat my child as if my child has a condition',
          hint: 'For example, the school keeps your child out of sports because it thinks your child has a condition that your child does not have.',
        },
      },
    },
    conditionName: {
      title: 'What health condition, disability or difficulty does your child have?',
      titleAnother: 'What else does your child have?',
      titleUnderThree: 'What worries you about your child’s health or development?',
      hint: 'Use your own words, one at a time. For example: ADHD, asthma, dyslexia, anxiety, trouble reading, a broken arm.',
      hintRecordOf:
        'Name the condition your child had, in your own words. For example: leukemia, a heart condition.',
      hintRegardedAs: 'Name the condition people think your child has, in your own words.',
      hintUnderThree:
        'Use your own words. For example: not talking yet, not walking yet, a hearing problem, a health condition from birth.',
      error: 'Enter the condition or difficulty in a few words.',
    },
    conditionDiagnosed: {
      title: 'Has a doctor or other specialist diagnosed {{name}}?',
      hint: 'A diagnosis helps, but your child does not need one to be evaluated. The school pays for any testing it needs.',
      error: 'Choose yes, no or not sure.',
      options: {
        yes: { label: 'Yes' },
        no: { label: 'No' },
        unsure: { label: 'Not sure' },
      },
    },
    conditionDuration: {
      title: 'How long is {{name}} expected to last?',
      hint: 'Think about what the doctor or specialist has told you.',
      error: 'Choose how long the condition is expected to last.',
      options: {
        'long-lasting': {
          label: 'A long time, or for life',
          hint: 'For example: autism, diabetes, a learning disability.',
        },
        temporary: {
          label: 'For a while, and then it should go away',
          hint: 'For example: a broken leg, getting better after surgery, a concussion.',
        },
        unsure: { label: 'Not sure' },
      },
    },
    conditionMonths: {
      title: 'About how many months will {{name}} last in all?',
      hint: 'Count from when it started. Enter a whole number, for example 3.',
      notSure: 'Not sure',
      error: 'Enter a number of months, or choose “Not sure”.',
    },
    conditionPattern: {
      title: 'How does {{name}} affect your child over time?',
      hint: 'Some conditions are always there. Others come and go, or are quiet for now.',
      error: 'Choose how the condition affects your child over time.',
      options: {
        steady: {
          label: 'About the same most of the time',
          hint: 'For example: dyslexia, cerebral palsy.',
        },
        'comes-and-goes': {
          label: 'It comes and goes, with flare-ups',
          hint: 'For example: asthma attacks, seizures, migraines, times of deep sadness.',
        },
        'in-remission': {
          label: 'It is quiet for now, but it could come back',
          hint: 'For example: cancer in remission, or Crohn’s disease between flare-ups.',
        },
        unsure: { label: 'Not sure' },
      },
    },
    anotherCondition: {
      title: 'Does your child have another condition or difficulty?',
      hint: 'Add each one on its own. You have told us about {{name}}.',
      error: 'Choose yes or no.',
      options: {
        yes: { label: 'Yes, add another' },
        no: { label: 'No, that is all' },
      },
    },
    ideaCategories: {
      title: 'Could any of these describe your child?',
      hint: 'The law names 13 kinds of disability that can lead to an IEP. Choose each one that may fit, even with no diagnosis. The school’s testing decides.',
      error: 'Choose every group that may fit, “I am not sure which one fits”, or “None of these”.',
      options: {
        autism: {
          label: 'Autism',
          hint: 'Trouble with talking and social contact. Often repeated behaviors, or strong reactions to change, sounds, lights or touch.',
        },
        'deaf-blindness': {
          label: 'Deaf-blindness',
          hint: 'Serious loss of both hearing and sight together.',
        },
        deafness: {
          label: 'Deafness',
          hint: 'Hearing loss so great that your child cannot understand speech by ear, even with hearing aids.',
        },
        'emotional-disturbance': {
          label: 'Emotional or mental health condition (emotional disturbance)',
          hint: 'Over a long time: deep sadness, strong fears, trouble getting along, or behavior that gets in the way of learning.',
        },
        'hearing-impairment': {
          label: 'Hearing loss (hearing impairment)',
          hint: 'Hearing loss that lasts or comes and goes and affects school, but is less than deafness.',
        },
        'intellectual-disability': {
          label: 'Intellectual disability',
          hint: 'Learning and daily skills far below other children of the same age, seen from early on.',
        },
        'multiple-disabilities': {
          label: 'More than one disability (multiple disabilities)',
          hint: 'Two or more disabilities at once. Together they need more help than each one alone.',
        },
        'orthopedic-impairment': {
          label: 'Physical disability (orthopedic impairment)',
          hint: 'A serious problem with bones, joints or muscles, such as cerebral palsy or a missing arm or leg.',
        },
        'other-health-impairment': {
          label: 'Health condition that affects energy or attention (other health impairment)',
          hint: 'A health problem that drains strength or energy, or makes it hard to stay alert at school. For example: ADHD, asthma, diabetes, seizures or sickle cell disease.',
        },
        'specific-learning-disability': {
          label: 'Learning disability (specific learning disability)',
          hint: 'Trouble with reading, writing, spelling or math that other reasons do not explain. Dyslexia is one example.',
        },
        'speech-or-language-impairment': {
          label: 'Speech or language problem (speech or language impairment)',
          hint: 'Stuttering, trouble saying sounds, or trouble with words and sentences.',
        },
        'traumatic-brain-injury': {
          label: 'Brain injury from an accident (traumatic brain injury)',
          hint: 'A brain injury from a blow or a fall. It affects memory, attention, thinking or behavior.',
        },
        'visual-impairment-including-blindness': {
          label: 'Vision loss or blindness (visual impairment)',
          hint: 'Vision loss that affects school even with glasses.',
        },
        'developmental-delay': {
          label: 'Developmental delay',
          hint: 'For children 3 to 9: slower growth in movement, speech, thinking, social skills or daily skills. Not every state uses this group.',
        },
        unsure: { label: 'I am not sure which one fits' },
        none: { label: 'None of these' },
      },
    },
    adverseEffectOnEducation: {
      title: 'Does the condition make school harder for your child?',
      hint: 'School is more than grades. Think about learning, behavior, friendships, talking and listening, getting organized, and how much extra time or help your child needs to keep up.',
      error: 'Choose yes, no or not sure.',
      options: {
        yes: {
          label: 'Yes',
          hint: 'For example: falls behind, needs hours of help at home to keep up, is often sent out of class, or has trouble with friends because of the condition.',
        },
        no: {
          label: 'No',
          hint: 'The condition does not get in the way at school in any of these ways.',
        },
        unsure: {
          label: 'Not sure',
          hint: 'You are not sure, or nobody at school has looked yet.',
        },
      },
    },
    needsSpecializedInstruction: {
      title: 'Does your child need teaching that is planned for them?',
      titleExistingIep: 'Does your child still need teaching that is planned for them?',
      hint: 'This is called specially designed instruction. It changes what, how or where your child is taught, for example a reading program with a special education teacher, or lessons in social skills. Changes such as extra time or a quiet room are not, on their own, teaching planned for your child.',
      error: 'Choose yes, no or not sure.',
      options: {
        yes: {
          label: 'Yes, or I think so',
          hint: 'Your child does not make enough progress with the usual teaching, even with extra help.',
        },
        no: {
          label: 'No, changes and help are enough',
          hint: 'Your child learns with the usual teaching when there are changes such as extra time, breaks or a nurse’s help.',
        },
        unsure: {
          label: 'Not sure',
          hint: 'This is common. The school’s evaluation answers it.',
        },
      },
    },
    majorLifeActivities: {
      title: 'Which of these does the condition make harder for your child?',
      hint: 'Think about a normal day without any medicine, devices or special help. Choose every one that applies.',
      error: 'Choose every activity that is harder, or “None of these”.',
      options: {
        learning: { label: 'Learning', hint: 'Taking in and remembering new things.' },
        reading: {
          label: 'Reading',
          hint: 'Reading words, reading fast enough, or making sense of what was read.',
        },
        concentrating: { label: 'Paying attention', hint: 'Staying focused on a task or a lesson.' },
        thinking: { label: 'Thinking', hint: 'Solving problems, planning, making choices.' },
        communicating: {
          label: 'Communicating',
          hint: 'Understanding others and being understood.',
        },
        eating: {
          label: 'Eating',
          hint: 'Eating safely, for example with a food allergy.',
        },
        breathing: { label: 'Breathing', hint: 'For example, during an asthma attack.' },
        walking: { label: 'Walking', hint: 'Getting around the school, using stairs, walking far.' },
        seeing: { label: 'Seeing', hint: 'Seeing the board, books or screens.' },
        hearing: { label: 'Hearing', hint: 'Hearing the teacher and classmates.' },
        speaking: { label: 'Speaking', hint: 'Saying words clearly or without getting stuck.' },
        'caring-for-oneself': {
          label: 'Caring for themselves',
          hint: 'Dressing, using the toilet, eating, taking medicine.',
        },
        writing: { label: 'Writing', hint: 'Handwriting, spelling, putting ideas on paper.' },
        'interacting-with-others': {
          label: 'Getting along with others',
          hint: 'Making friends, working in a group, reading body language.',
        },
        sleeping: { label: 'Sleeping', hint: 'Falling asleep, staying asleep, being rested for school.' },
        'performing-manual-tasks': {
          label: 'Using their hands',
          hint: 'Cutting, buttoning, holding a pencil.',
        },
        standing: { label: 'Standing', hint: 'Standing in line or during an activity.' },
        sitting: { label: 'Sitting', hint: 'Sitting through a lesson or a test.' },
        reaching: { label: 'Reaching', hint: 'Reaching a shelf, a locker or a desk.' },
        lifting: { label: 'Lifting', hint: 'Carrying a backpack or a lunch tray.' },
        bending: { label: 'Bending', hint: 'Bending down to pick things up.' },
        working: { label: 'Working', hint: 'A job or job training, for older students.' },
        'immune-system': {
          label: 'Fighting infections (immune system)',
          hint: 'For example: an illness or a treatment that makes it hard to fight germs.',
        },
        'normal-cell-growth': { label: 'Cell growth', hint: 'For example: cancer.' },
        digestive: { label: 'Digestion', hint: 'For example: Crohn’s disease, celiac disease.' },
        bowel: { label: 'Bowel', hint: 'Needing the toilet often or in a hurry.' },
        bladder: { label: 'Bladder', hint: 'Holding in urine.' },
        neurological: {
          label: 'Nervous system',
          hint: 'For example: epilepsy, Tourette syndrome, migraines.',
        },
        brain: {
          label: 'Brain',
          hint: 'For example: autism, depression, bipolar disorder.',
        },
        respiratory: { label: 'Lungs and airways', hint: 'For example: asthma, cystic fibrosis.' },
        circulatory: {
          label: 'Heart and blood',
          hint: 'For example: a heart condition, sickle cell disease.',
        },
        endocrine: { label: 'Hormones', hint: 'For example: diabetes, thyroid problems.' },
        reproductive: {
          label: 'Reproductive system',
          hint: 'For example: problems with puberty or periods.',
        },
        none: { label: 'None of these' },
      },
    },
    mitigatingMeasures: {
      title: 'What helps your child manage the condition?',
      hint: 'Choose everything your child uses, at home or at school. The next question sets this help aside: the law looks at your child without it, except ordinary glasses or contact lenses.',
      error: 'Choose everything that helps, or “None of these”.',
      options: {
        medication: { label: 'Medicine', hint: 'Pills, inhalers, insulin, shots.' },
        'hearing-aids': { label: 'Hearing aids', hint: 'Devices worn in or on the ear.' },
        'cochlear-implants': {
          label: 'Cochlear implant',
          hint: 'Or another hearing device placed by surgery.',
        },
        'low-vision-devices': {
          label: 'Low-vision devices',
          hint: 'Magnifiers, large print, screen zoom. Not ordinary glasses.',
        },
        'ordinary-eyeglasses-or-contacts': {
          label: 'Ordinary glasses or contact lenses',
          hint: 'Glasses or lenses that fully correct your child’s sight.',
        },
        'mobility-devices': { label: 'Mobility devices', hint: 'A wheelchair, walker, crutches or braces.' },
        prosthetics: { label: 'Artificial limb', hint: 'An artificial arm, leg, hand or foot.' },
        'assistive-technology': {
          label: 'Assistive technology',
          hint: 'Text-to-speech, speech-to-text, a talking device, special apps.',
        },
        'oxygen-therapy': { label: 'Oxygen', hint: 'Oxygen from a tank or machine.' },
        'learned-behavioral-adaptations': {
          label: 'Ways your child has learned to cope',
          hint: 'For example: working much longer than others, memorizing instead of reading, avoiding hard situations.',
        },
        'reasonable-accommodations': {
          label: 'Changes already made at school',
          hint: 'Informal extra time, breaks, a seat near the front.',
        },
        'auxiliary-aids': {
          label: 'Helpers and aids',
          hint: 'A sign language interpreter, a note-taker, a reader.',
        },
        none: { label: 'None of these' },
      },
    },
    substantialLimitation: {
      title:
        'Without that help, is the activity much harder for your child than for most children the same age?',
      hint: 'Think about a day without the medicine, devices or ways of coping. “Much harder” can mean it takes much longer, takes much more effort, or hurts. It does not have to be impossible.',
      hintMeasures:
        'Picture a day without the medicine or devices you chose. The law looks at your child without them.',
      hintGlasses: 'Glasses or contact lenses are the exception: think about your child wearing them.',
      hintFlareUps:
        'If the condition comes and goes or is quiet for now, think about a time when it is active.',
      hintTemporary: 'For a short-term condition, think about how hard things are while it lasts.',
      error: 'Choose yes, no or not sure.',
      options: {
        yes: {
          label: 'Yes, much harder',
          hint: 'For example: without medicine your child cannot sit through a lesson, or without an inhaler an attack makes breathing hard.',
        },
        no: {
          label: 'No, not much harder',
          hint: 'Even without any help, your child does these things about as well as most children.',
        },
        unsure: {
          label: 'Not sure',
          hint: 'The school’s evaluation can help answer this.',
        },
      },
    },
    needsAccommodations: {
      title: 'Does your child need changes or help at school because of the condition?',
      hint: 'For example: extra time on tests, breaks, a seat near the front, a nurse to give medicine, snacks in class, an emergency plan, or help moving between classes.',
      error: 'Choose yes, no or not sure.',
      options: {
        yes: { label: 'Yes', hint: 'Your child needs at least one change or service to take part fully.' },
        no: { label: 'No', hint: 'Your child takes part fully with no changes at all.' },
        unsure: { label: 'Not sure', hint: 'The 504 evaluation decides what your child needs.' },
      },
    },
    schoolResponse: {
      title: 'What has the school said so far?',
      hint: 'Choose the answer closest to what happened.',
      error: 'Choose the answer closest to what the school has said.',
      options: {
        none: {
          label: 'Nothing yet, or I have not asked',
          hint: 'You have not asked for an evaluation, or you are waiting to hear back.',
        },
        'evaluation-refused': {
          label: 'The school said no to an evaluation',
          hint: 'For example: “Your child does not need one.”',
        },
        'evaluation-delayed-for-interventions': {
          label: 'The school said to wait and try extra help first',
          hint: 'For example: “Let’s try reading groups (RTI or MTSS) for a few months first.”',
        },
        'told-grades-too-good': {
          label: 'The school said my child’s grades are too good',
          hint: 'For example: “Your child is passing, so there is no problem.”',
        },
        evaluating: {
          label: 'The school is evaluating my child now',
          hint: 'You signed consent and testing has started.',
        },
        'found-not-eligible': {
          label: 'The school evaluated my child and said my child does not qualify for an IEP',
          hint: 'You got, or were told about, a decision after testing.',
        },
      },
    },
  },

  reasons: {
    partCEarlyIntervention:
      'Children under 3 get help through early intervention, not an IEP or a 504 plan. Your state’s early intervention program evaluates for free and writes a plan with your family (an IFSP).',
    partCNoConcern:
      'Children under 3 get help through early intervention. You did not list a worry, so there is nothing to ask for right now.',
    ideaOverAge:
      'Special education under IDEA is for students up to age 21. Some states serve students a little longer. Section 504 still protects your child at school, in college and at work.',
    existingIep:
      'Your child already has an IEP. It stays in place until the school reevaluates your child and finds that special education is no longer needed.',
    iepAlsoCoveredBy504:
      'A child with an IEP is also protected by Section 504. You do not need a separate 504 plan: the changes your child needs belong in the IEP.',
    leavingIepNeedsReevaluation:
      'You said your child may no longer need teaching planned for them. The school must reevaluate before it ends the IEP. A 504 plan is a separate decision with its own evaluation.',
    existing504:
      'Your child already has a 504 plan. The school must reevaluate before any big change to it, and check it from time to time.',
    plan504DoesNotReplaceIep:
      'Having a 504 plan does not stop the school from evaluating your child for an IEP. If your child may need special education, the school must look.',
    ideaCategory: 'You said your child may fit this disability group in IDEA: {{category}}.',
    ideaTwoPartTest:
      'An IEP needs two things: a disability on IDEA’s list, and a need for teaching planned for your child because of it. Your answers suggest both. The school’s evaluation makes the final decision.',
    ideaCategoryUnknown:
      'You were not sure which group fits. That is fine. The school’s evaluation must look at every area linked to the possible disability.',
    ideaInstructionUnknown:
      'It is not clear yet whether your child needs teaching planned for them. That is the second part of IDEA’s test, and the evaluation answers it.',
    ideaNoInstructionNeed:
      'An IEP is for children who need teaching planned for them. A child who needs only changes, such as extra time, or only a service, such as a nurse’s help, usually does not get an IEP. Some states treat a service such as speech therapy as special education. A 504 plan can give this help.',
    ideaNoCategory:
      'None of IDEA’s disability groups seems to fit, so an IEP is not likely. This does not rule out a 504 plan.',
    ideaNoAdverseEffect:
      'You said the condition does not make school harder in any way. Most of IDEA’s disability groups need an effect on your child’s schooling, so an IEP is not likely now.',
    developmentalDelayStateOption:
      'Some states use “developmental delay” for children aged 3 to 9 instead of a specific group. Ask whether your state does.',
    developmentalDelayAge:
      '“Developmental delay” is used only for children aged 3 to 9, so it does not apply at your child’s age. The other groups still can.',
    disabilityDefinition:
      'Section 504 covers a child whose condition makes a major everyday activity much harder than for most children. Your answers say this is true for your child.',
    limitsActivity: 'The law names this as a major life activity: {{activity}}.',
    oneActivityEnough: 'One activity is enough. Your child does not need to be limited in several.',
    needsServices:
      'Your child needs changes or services at school because of the condition. That is what a 504 plan provides.',
    limitationUnknown:
      'It is not clear yet how much the condition limits your child. The school’s 504 evaluation looks at this.',
    notDemanding:
      '“Much harder” is not a high bar. The law says to read it broadly, and the condition does not have to stop your child from doing the activity.',
    needUnknown:
      'It is not clear yet what changes or services your child needs at school. The 504 evaluation decides that.',
    notLimited:
      'From your answers, the condition does not make everyday activities much harder, even without medicine or other help. A 504 plan is for conditions that do.',
    noNeedStillProtected:
      'Your child may have a disability under Section 504 but, from your answers, needs no changes at school now. Your child is still protected from unfair treatment because of it.',
    noImpairment:
      'You did not describe a condition or difficulty, so there is nothing for a plan to address now.',
    recordOfProtection:
      'A child who had a disability in the past, or was once wrongly labeled with one, is protected from unfair treatment because of it. This protection does not come with a 504 plan of services.',
    recordButActive:
      'You said the condition is in the past, but it could come back or still flares up. The law judges such a condition as it is when active, so it counts as a condition your child has now.',
    regardedAsProtection:
      'If people treat your child as if your child had a disability, the law protects your child from unfair treatment, such as being kept out of sports. But the school does not have to give changes or services for this alone.',
    transitoryAndMinor:
      'This protection does not cover a condition that is both minor and expected to last 6 months or less.',
    mitigatingMeasuresIgnored:
      'The law looks at your child without medicine, devices or learned ways of coping. How well they work must not count against your child.',
    ordinaryGlassesCount:
      'Ordinary glasses and contact lenses are the one exception. The law looks at your child wearing them.',
    episodicWhenActive:
      'Some conditions come and go, such as asthma or epilepsy. The law looks at how they affect your child during a flare-up.',
    remissionWhenActive:
      'Some conditions are quiet for now, such as cancer in remission. The law looks at how they affect your child when they are active.',
    temporaryCanQualify:
      'A short-term condition can still count if it makes an activity much harder while it lasts. The rule about minor conditions that last 6 months or less is only about being treated as disabled. The school decides case by case. It looks at how long the condition lasts and how much it limits your child.',
    noDiagnosisNeeded:
      'Your child does not need a diagnosis first. The evaluation is the school’s job and is free to you. The school must consider any doctor’s report you give it.',
    childFind:
      'Schools must find and evaluate children who may have a disability, even children who pass from grade to grade. This duty is called child find.',
    charterIsPublic:
      'A public charter school is a public school. It has the same duties to children with disabilities as any other public school.',
    privateSchoolIdea:
      'Your child goes to a private school you chose. The school district where the private school is must find and evaluate your child. Your child may get some services through a services plan, but has no right to a full IEP while there. The district where you live must offer an IEP if you enroll your child in public school.',
    privateSchool504:
      'A public school writes 504 plans for its own students. A private school that gets federal money must make small changes so your child can attend, but it does not owe a full 504 plan.',
    homeSchoolIdea:
      'Your child is home schooled. The school district must still find and evaluate children who may have a disability. Whether it offers services depends on how your state treats home schools.',
    homeSchool504:
      'A public school does not write a 504 plan for a child it does not teach. If your child takes classes or activities at a public school, Section 504 applies to them.',
    refusalMustBeInWriting:
      'If the school refuses to evaluate, it must tell you in writing why, and how you can challenge the decision. A spoken “no” is not enough.',
    interventionsCannotDelay:
      'Extra help programs such as RTI or MTSS are fine. But the school may not use them to put off or deny an evaluation when it suspects a disability.',
    gradesAreNotTheTest:
      'Good grades alone do not rule out an IEP or a 504 plan. A child may earn good grades only with great extra effort, time or help, and still qualify.',
    evaluationUnderway:
      'The school is evaluating your child. Under federal law it has 60 days from your written consent, unless your state sets its own timeline.',
    notEligibleCanDisagree:
      'You can disagree with the school’s decision. You can ask for an outside evaluation paid for by the school, and you can use mediation or a hearing.',
    notEligibleMayStillGet504:
      'A child who does not qualify for an IEP may still qualify for a 504 plan. It is a separate decision with its own evaluation.',
  },

  nextSteps: {
    contactEarlyIntervention:
      'Call your state’s early intervention program and ask for a free evaluation. Your child’s doctor can refer you too. The program should finish the evaluation and a first family plan within 45 days of the referral.',
    planTransitionAtThree:
      'If your child gets early intervention, the program must plan with you, at least 90 days before the third birthday, for the move to school services. An IEP should be ready by the third birthday.',
    watchDevelopment:
      'Keep track of how your child grows and learns. If something worries you, ask your child’s doctor or your state’s early intervention program for a free evaluation.',
    keep504WhileEvaluating: 'Keep your child’s 504 plan in place while the school evaluates for an IEP.',
    requestEvaluation:
      'Write to the school and ask for a full evaluation for special education. Say what worries you, date the letter and keep a copy. The school must then ask for your consent, or tell you in writing why it refuses.',
    request504Evaluation:
      'Write to the school and ask for a Section 504 evaluation. Describe the condition and how it affects your child at school, date the letter and keep a copy.',
    askToEvaluateNow:
      'Say in writing that you want the evaluation now, while the extra help goes on. Both can happen at the same time.',
    trackEvaluationTimeline:
      'Write down the date you signed consent. The school should finish within 60 days of it, or within your state’s timeline. You will get a copy of the results.',
    track504Evaluation:
      'Ask the school when the 504 evaluation will be finished and who will decide. Federal law sets no number of days, but the school must not delay.',
    shareRecords:
      'Give the school copies of doctor’s reports, past evaluations, and examples of your child’s work and extra effort. The school must consider them.',
    askForEvaluationReport: 'Ask for a copy of the evaluation report and of the decision. Both are free.',
    requestIee:
      'Do you disagree with the school’s evaluation? Then ask in writing for an outside evaluation that the school pays for (an independent educational evaluation, or IEE).',
    askForWrittenNotice:
      'Ask the school to put its decision in writing (prior written notice). It must say what it refuses, why, and what information it used.',
    askFor504Notice: 'Ask the school to give you its decision in writing, with the steps to challenge it.',
    mediation:
      'You can ask for mediation. It is a free meeting with a neutral person who helps you and the school agree.',
    stateComplaint:
      'You can send a written complaint to your state education agency within 1 year of the problem. The state must decide within 60 days.',
    dueProcess:
      'You can ask for a due process hearing before an impartial hearing officer, usually within 2 years. Some states set a shorter limit.',
    grievance504:
      'You can complain to the district’s Section 504 coordinator (a grievance). You can also ask for a hearing before a neutral person.',
    ocrComplaint:
      'You can file a complaint with the U.S. Office for Civil Rights (OCR) within 180 days of what happened.',
    addAccommodationsToIep:
      'Make sure the changes your child needs, such as extra time or breaks, are written into the IEP.',
    talkAboutReevaluation:
      'If you think your child no longer needs special education, talk with the IEP team. The IEP ends only after a reevaluation. Ask about a 504 plan at the same time.',
    check504Plan:
      'Check that every teacher follows the 504 plan. If your child’s needs change, ask in writing for a meeting to review it.',
    privateSchoolDistrict:
      'Contact the school district where the private school is and ask for an evaluation (child find). You can also ask the district where you live what it would offer in public school.',
    privateSchoolAdjustments:
      'Ask the private school what changes it can make. For a full 504 plan, ask the public school district about enrolling your child there.',
    homeSchoolDistrict:
      'Contact your local school district and ask for an evaluation (child find). Ask what services it offers to home-schooled children in your state.',
    homeSchool504:
      'Does your child take classes or activities at a public school? Then ask that school for a 504 evaluation for them.',
    collegeDisabilityOffice:
      'In college or job training, ask the disability services office for help (accommodations). Your child will usually need to ask and show records.',
    watchAndAskAgain:
      'Keep notes on how your child is doing. If new problems appear, you can ask for an evaluation at any time.',
    reportDiscrimination:
      'Is your child treated unfairly because of the condition, for example kept out of a class or a trip? You can complain to the district’s 504 coordinator or to the Office for Civil Rights.',
    keepRecords:
      'Keep every letter, e-mail, report card and report in one folder. Write down the date of every call and meeting.',
    parentCenter:
      'For free help, contact the Parent Training and Information Center in your state. They help families with these steps every day.',
  },
} as const
