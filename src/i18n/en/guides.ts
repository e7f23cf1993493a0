/**
 * English text for guides. Keep keys in step with ../es/guides.ts.
 * The order of rows, questions and paragraphs, and every citation, live in
 * src/web/guides/guide-structure.ts; this file holds only the words.
 */
export const guides = {
  pages: {
    hub: {
      title: 'Guides for families',
      intro:
        'Clear answers about special education and 504 plans, and the law behind each one. Start by comparing the two plans, or go straight to your question.',
      metaDescription:
        'Plain-language guides for parents: IEP or 504 plan, the questions families ask most, and a glossary of school terms. In English and Spanish.',
    },
    comparison: {
      title: 'IEP or 504 plan?',
      intro:
        'An Individualized Education Program (IEP) and a 504 plan both help children with disabilities at school. They come from different laws and work in different ways. The table below puts them side by side.',
      metaDescription:
        'Compare an IEP and a 504 plan side by side: the law, who qualifies, what each plan holds, reviews, your rights, and how to settle a disagreement.',
    },
    questions: {
      title: 'Questions families ask',
      intro:
        'Short answers to the questions parents ask most about the Individualized Education Program (IEP), 504 plans and evaluations. Each answer lists the law it draws on.',
      metaDescription:
        'Why a school may say no to an IEP, the limits of a 504 plan, how to ask for an evaluation, stay-put, records and more, in plain words.',
    },
    glossary: {
      title: 'Words you will see at school',
      intro:
        'School papers use many special words and short forms. Here each one is explained in plain words, with the law it comes from.',
      metaDescription:
        'Plain meanings of special education terms such as FAPE, LRE, IEE, prior written notice, stay-put and due process, with the law for each.',
    },
  },
  notice: {
    title: 'Guidance, not legal advice',
    body: 'Pathway explains the law in plain words to help you work with your child’s school. It is not legal advice. For free help with your own case, contact the Parent Training and Information Center in your state. Every state has at least one.',
    linkText: 'Find your Parent Training and Information Center',
  },
  labels: {
    sources: 'The law',
    onThisPage: 'On this page',
    tableHint: 'On a small screen, scroll the table sideways to see both plans.',
    screenerTitle: 'Not sure which plan fits your child?',
  },
  comparison: {
    caption: 'How an IEP and a 504 plan compare',
    columns: {
      topic: 'Topic',
      iep: 'IEP',
      section504: '504 plan',
    },
    rows: {
      law: {
        label: 'The law behind it',
        iep: 'The Individuals with Disabilities Education Act (IDEA), a federal law about special education. Your state adds its own rules.',
        section504:
          'Section 504 of the Rehabilitation Act, a civil rights law, along with the Americans with Disabilities Act (ADA). Both forbid unfair treatment because of a disability.',
      },
      purpose: {
        label: 'What it is for',
        iep: 'To give your child teaching planned around their needs (specially designed instruction). It also gives the services your child needs to gain from that teaching (related services).',
        section504:
          'To give your child the same chance to learn as other students. It takes away barriers with changes such as extra time, breaks or care from the nurse.',
      },
      'who-qualifies': {
        label: 'Who qualifies',
        iep: 'A child who has one of the 13 kinds of disability the law lists and who, because of it, needs specially designed instruction. Both parts must be true.',
        section504:
          'A child with a physical or mental condition that greatly limits a major life activity, such as learning, reading, breathing or eating. The school judges the limit as if medicine and other aids were not used, except ordinary glasses.',
      },
      'ages-and-schools': {
        label: 'Ages and schools',
        iep: 'Children from age 3 through 21 in public schools, though some states stop sooner. A child whom parents place in a private school gets only the limited services the district offers that group, not a full IEP.',
        section504:
          'Students of any age at schools that get federal money, including most colleges. Colleges give changes (academic adjustments), but not a 504 plan like the one in grade school.',
      },
      evaluation: {
        label: 'How the school decides',
        iep: 'The school tests your child in every area of concern, once you give written consent. It must finish within 60 calendar days of your consent, or within your state’s own deadline.',
        section504:
          'The school must evaluate your child before it sets up a plan or makes a big change. Federal law sets no number of days, but the school should not delay.',
      },
      'plan-contents': {
        label: 'What the plan holds',
        iep: 'A written plan with set parts. It says what your child can do now (present levels) and sets measurable annual goals. It lists services and supports, time with other students, and test accommodations, and says how progress is reported.',
        section504:
          'The law sets no form. Most schools write a plan that lists the accommodations and any services, who gives them, and how often.',
      },
      review: {
        label: 'Reviews and new evaluations',
        iep: 'The team reviews the IEP at least once a year. The school tests your child again (reevaluation) at least every 3 years, and not more than once a year unless you and the school agree.',
        section504:
          'The school must evaluate again from time to time and before any big change in placement. Many schools review the plan each year and reevaluate every 3 years.',
      },
      'parents-role': {
        label: 'Your role and consent',
        iep: 'You are a member of the IEP team. The school needs your written consent before the first evaluation and before services start. You get a free copy of the IEP.',
        section504:
          'The law does not say parents must be in the group that decides, but many schools invite them, so ask to take part. The school needs your consent before the first evaluation, and it must tell you about decisions and your rights.',
      },
      disputes: {
        label: 'If you disagree',
        iep: 'You can ask for a meeting, use mediation, file a state complaint, or ask for a due process hearing. During a hearing your child usually stays in the current placement (stay-put).',
        section504:
          'You can use the district’s complaint process (grievance). You can also ask for a hearing with a neutral officer, or file a complaint with the Office for Civil Rights (OCR), usually within 180 days.',
      },
      'when-fits': {
        label: 'When it fits better',
        iep: 'When your child needs the teaching itself to change, such as reading taught in a new way, with goals to close a gap.',
        section504:
          'When your child can learn the same lessons with changes in how they learn or take tests, such as extra time, breaks, a seat near the teacher, or health care at school.',
      },
    },
    note: 'A child who has an IEP is also protected by Section 504, so the IEP can hold every accommodation your child needs. Most children do not need both plans.',
    screenerLink: 'Not sure which fits? Answer a few questions',
  },
  questions: {
    'iep-denied': {
      question: 'Why might a school say no to an IEP, and what can I do?',
      answer: {
        p1: 'The team may find that your child does not have one of the disabilities the law lists. Or it may find that your child needs some support but not teaching planned around their needs. A child does not qualify if the main cause of the trouble is a lack of good reading or math teaching, or still learning English.',
        p2: 'Some reasons are not allowed. Good grades alone do not rule out an IEP. The school may not delay an evaluation just to try other help first (response to intervention).',
        p3: 'Ask for the decision and the reasons in writing (prior written notice). If you disagree with the school’s tests, you can ask for an outside evaluation paid by the school (independent educational evaluation). You can also ask about a 504 plan, or use mediation, a state complaint or a due process hearing. Your state’s Parent Training and Information Center can help you choose, for free.',
      },
    },
    'plan-504-drawbacks': {
      question: 'Does a 504 plan have drawbacks?',
      answer: {
        p1: 'A 504 plan can give real help. It can include services, not just accommodations. But it comes with fewer set rules than an IEP.',
        p2: 'The law does not say what a 504 plan must hold. It does not require measurable goals or progress reports. Federal law sets no number of days for the evaluation, and parents are not required members of the group that decides. You can still disagree, but the steps are less detailed.',
        p3: 'If your child needs the teaching itself to change, ask about an IEP. If a 504 plan is the right fit, ask the school to write it down clearly: each accommodation, who gives it, when, and how you will know it works.',
      },
    },
    'both-plans': {
      question: 'Can my child have both an IEP and a 504 plan?',
      answer: {
        p1: 'Usually not, and your child does not need both. A child with an IEP is already protected by Section 504. When the school carries out the IEP, it also meets its duties under Section 504.',
        p2: 'Put every accommodation your child needs in the IEP, health needs too. Then one plan holds everything, and the team must review it each year.',
      },
    },
    'switching-plans': {
      question: 'Can my child move from an IEP to a 504 plan, or back?',
      answer: {
        p1: 'Yes, both ways, but each move has steps. To end an IEP because your child no longer qualifies, the school must test your child again first (reevaluation). It cannot just drop the IEP.',
        p2: 'The 504 plan is a separate decision, and the school may use the same test results. If you think of taking back your consent to special education, ask the school in writing what help it will give after that. The law on this point is not settled, so get advice first.',
        p3: 'To move from a 504 plan to an IEP, ask in writing for a special education evaluation. Say why you think your child now needs the teaching itself to change.',
      },
    },
    'measurable-goal': {
      question: 'What does “measurable goal” mean?',
      answer: {
        p1: 'Each IEP must have goals for the year that can be measured (measurable annual goals). A measurable goal says what your child will do, how well, by when, and how it will be checked.',
        p2: 'A goal such as “Sam will get better at reading” cannot be measured. A goal such as “By June, Sam will read a grade 3 page aloud at 90 words a minute with no more than 3 mistakes, checked every two weeks” can be.',
        p3: 'The IEP must also say how progress will be measured and when you will get reports. If a goal is vague, ask the team to add a number, a date and a way to check it.',
      },
    },
    'request-evaluation': {
      question: 'How do I ask for an evaluation?',
      answer: {
        p1: 'Write a short, dated letter or e-mail to the principal or the special education office. Ask for a full evaluation for special education. Describe what you see at home and at school, and keep a copy.',
        p2: 'The school must answer. It will ask for your consent to evaluate, or explain in writing why it says no (prior written notice). It must also give you a booklet about your rights (procedural safeguards notice).',
        p3: 'Once you sign the consent form, the school has 60 calendar days to finish, unless your state sets its own deadline. The school may not delay the evaluation just to try other help first.',
      },
    },
    'prior-written-notice': {
      question: 'What is prior written notice?',
      answer: {
        p1: 'It is a letter the school must give you before it changes, or refuses to change, how your child is found eligible, tested, placed or served. It says what the school decided and why.',
        p2: 'It must also list the other choices the school thought about and why it turned them down, and the tests and records it used. It must tell you about your rights and where to get help, in plain words and in your language.',
        p3: 'If the school tells you no only out loud, ask for prior written notice. The written reasons help you decide what to do next.',
      },
    },
    'before-meeting': {
      question: 'What should I do before an IEP meeting?',
      answer: {
        p1: 'Ask for copies of new test results, draft goals and progress reports a few days before. You have the right to see your child’s records before the meeting.',
        p2: 'Write down your top three concerns and what you would like to change. Bring samples of your child’s work and notes from home. You can bring someone who knows your child or knows the process.',
        p3: 'If the time does not work for you, ask for another one. The school must try to meet at a time and place you both agree on, and it can use a phone or video call if you cannot come.',
      },
    },
    'stay-put': {
      question: 'What does stay-put mean?',
      answer: {
        p1: 'Stay-put is the rule that keeps your child in the current school program while a due process hearing or court case goes on. The school cannot change the placement during the dispute unless you and the school agree.',
        p2: 'Placement means the kind of program and services in the IEP, not always one school building. Appeals about discipline follow other rules.',
        p3: 'Stay-put starts when a due process complaint is filed. If a change worries you, ask for a meeting first, and get advice before you file.',
      },
    },
    'get-records': {
      question: 'How do I get my child’s school records?',
      answer: {
        p1: 'Ask in writing to see your child’s school records, and keep a copy of your request. The school must let you see them without delay, before any IEP meeting or hearing, and never later than 45 days.',
        p2: 'You can ask the school to explain the records. You can get copies when you could not see the records any other way. The school may charge for copies if that does not stop you from seeing them, but not for finding them.',
        p3: 'If something in the records is wrong or misleading, ask in writing to fix it. If the school says no, you can ask for a hearing and add your own statement to the record.',
      },
    },
    'good-grades': {
      question: 'My child gets good grades. Can they still qualify?',
      answer: {
        p1: 'Yes. Good grades alone do not rule out an IEP or a 504 plan. Some children earn good grades only with extra effort, extra time or help at home.',
        p2: 'For a 504 plan, the school must judge your child’s condition as if medicine and other aids were not used. Ordinary glasses are the one exception. For an IEP, the school must find and evaluate children who may have a disability, even when they pass from grade to grade.',
        p3: 'In your request, describe what it costs your child to keep those grades, such as hours of homework, stress, or help from you.',
      },
    },
    'disagree-evaluation': {
      question: 'What if I disagree with the school’s evaluation?',
      answer: {
        p1: 'You can ask for an outside evaluation, paid by the school (independent educational evaluation). It is done by a qualified person who does not work for the school. Ask in writing, and say that you disagree with the school’s evaluation.',
        p2: 'The school must act without needless delay. It either pays for the outside evaluation or asks for a hearing to show its own evaluation was right. It may ask why you disagree, but you do not have to explain.',
        p3: 'The school must think about any outside evaluation you share with it, even one you paid for yourself.',
      },
    },
  },
} as const
