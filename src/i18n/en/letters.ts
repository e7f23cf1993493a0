/** English text for letters. Keep keys in step with ../es/letters.ts. */
export const letters = {
  list: {
    title: 'Letters to the school',
    intro:
      'Put requests in writing. A dated letter is proof of what you asked and when, and many legal timelines start from it. Choose a letter: Pathway fills in what it knows, and you can change every word before you send it.',
    yours: 'Your letters',
    yoursCaption: 'Your letters, newest first',
    headSubject: 'Letter',
    headStatus: 'Status',
    draft: 'Draft',
    sentOn: 'Sent {{date}}',
    empty: 'You have not written a letter yet.',
    choose: 'Write a letter',
    write: 'Write this letter',
    law: 'The law: {{citations}}',
    complaintNote: 'A draft to file with an agency, not a letter to the school.',
  },
  laws: {
    IDEA: 'IDEA',
    '504': 'Section 504',
    FERPA: 'FERPA',
    ADA: 'ADA',
  },
  fields: {
    language: 'Language of the letter',
    languageHint: 'Write in the language the school reads. You can write another copy in the other language.',
    languages: {
      en: 'English',
      es: 'Spanish',
    },
    recipientName: 'Who are you writing to?',
    recipientNameHint: 'Their name, for example “Dr. Ana Flores”.',
    recipientTitle: 'Their role',
    recipientTitleHint: 'For example, “Principal” or “Director of Special Education”.',
    parentName: 'Your name',
    parentContact: 'How the school can reach you',
    parentContactHint: 'Your address, phone number or e-mail, one on each line.',
  },
  new: {
    intro:
      'Pathway will write a first draft from these facts and from {{name}}’s record. You can change every word next.',
    lawTitle: 'The law behind this letter',
    submit: 'Write the letter',
  },
  view: {
    draftIntro:
      'Read the letter and change anything you like. Then download it, send it to the school, and mark it as sent.',
    subject: 'Subject',
    body: 'The letter',
    bodyHint: 'The date at the top and the address lines come from the facts you gave.',
    save: 'Save changes',
    downloadPdf: 'Download the letter (PDF)',
    downloadText: 'Download the text (for an e-mail)',
    markSent: 'Mark as sent',
    delete: 'Delete this draft',
    sentTitle: 'Sent',
    sentLine: 'Sent on {{date}}. How: {{via}}.',
    receivedLine: 'The school got it on {{date}}.',
    eventsTitle: 'Added to {{name}}’s timeline',
    noEvents: 'This letter does not start a legal timeline. It is kept in the communications log.',
    logLink: 'See it in the communications log',
    timelineLink: 'See the timeline',
    conflictSaved: 'What was saved meanwhile',
    complaintNote:
      'This is a draft complaint. Check the facts, sign it, and file it with the agency. Pathway gives guidance, not legal advice: for free help, contact your state’s Parent Training and Information Center.',
  },
  sent: {
    title: 'Mark the letter as sent',
    intro: 'Tell Pathway when and how you sent “{{subject}}”.',
    records: 'Pathway will add this to {{name}}’s timeline, which starts the legal clock:',
    noClock: 'This letter does not start a legal timeline. Pathway will keep it in the communications log.',
    sentOn: 'When did you send it?',
    sentOnHint: 'For example, 2026-09-02.',
    sentVia: 'How did you send it?',
    via: {
      email: 'By e-mail',
      hand: 'By hand',
      mail: 'By mail',
    },
    receivedOn: 'If you mailed it: when did the school get it?',
    receivedOnHint:
      'Only if you know, for example from a delivery receipt. The clock starts when the school gets the letter; without this date Pathway counts from the day you mailed it.',
    followUpOn: 'Follow up by',
    followUpOnHint: 'A date to check for an answer. It appears among {{name}}’s dates.',
    submit: 'Mark as sent',
  },
  delete: {
    title: 'Delete this draft?',
    confirm: 'The draft “{{subject}}” will be deleted.',
    warning: 'This cannot be undone.',
    submit: 'Delete draft',
  },
  flash: {
    started: 'Your letter is ready to check.',
    saved: 'The letter has been saved.',
    sent: 'The letter is marked as sent.',
    deleted: 'The draft has been deleted.',
  },
  problems: {
    templateUnknown: 'Choose a letter from the list',
    languageMissing: 'Choose the language of the letter',
    missing: {
      recipientName: 'Enter the name of the person you are writing to',
      recipientTitle: 'Enter their role',
      parentName: 'Enter your name',
      parentContact: 'Enter how the school can reach you',
      concerns: 'Write what you have noticed about your child',
      reasons: 'Write your reasons',
      evaluationName: 'Enter which evaluation you disagree with',
      evaluationDate: 'Enter the date of that evaluation',
      recordsWanted: 'Write which records you want',
      meetingDate: 'Enter the date of the meeting',
      availability: 'Write when you are available',
      decisionDate: 'Enter the date of the decision',
      decision: 'Write what happened',
      agreements: 'Write what was agreed',
      attendees: 'Enter who was at the meeting',
      violationDate: 'Enter the date it happened',
      facts: 'Write the facts',
      resolution: 'Write what you are asking for',
    },
    dateInvalid: 'Enter a real date, for example 2026-09-02',
    dateTooEarly: 'Check the date: it is before 1990',
    dateInFuture: 'The date must be today or in the past',
    tooLong: 'Use {{max}} characters or fewer',
    subjectMissing: 'Enter the subject of the letter',
    bodyMissing: 'The letter is empty. Write the letter',
    sentOnMissing: 'Enter the date you sent the letter',
    sentInFuture: 'The date you sent it must be today or in the past',
    sentBeforeWritten: 'The date you sent it must be on or after the date of the letter',
    sentViaMissing: 'Choose how you sent the letter',
    receivedInFuture: 'The date the school got it must be today or in the past',
    receivedBeforeSent: 'The school cannot have got it before you sent it',
    followUpBeforeSent: 'The follow-up date must be on or after the date you sent it',
  },
  common: {
    greeting: 'Dear {{name}},',
    childBorn: 'I am the parent of {{child}}, born on {{birth}}.',
    childSchoolGrade: '{{first}} is in {{grade}} at {{school}}.',
    childSchool: '{{first}} attends {{school}}.',
    childGrade: '{{first}} is in {{grade}}.',
    thanks: 'Thank you. Please answer me in writing, and keep this letter in {{first}}’s file.',
    signOff: 'Sincerely,',
    regarding: 'Re: {{subject}}',
    theDistrict: 'my child’s school district',
  },
  templates: {
    'initial-evaluation': {
      title: 'Ask for an evaluation',
      description:
        'When you think your child may have a disability and need help at school. Asks for a full evaluation under IDEA and Section 504.',
      subject: 'Request for a full evaluation for {{child}}',
      fields: {
        concerns: 'What have you noticed?',
      },
      hints: {
        concerns:
          'What worries you, at school and at home, with examples. For example, “She cannot read words her classmates read, and she is tired and upset after school.”',
      },
      paragraphs: {
        request:
          'I am asking the school to evaluate {{first}} in all areas of suspected disability. I want to know whether {{first}} needs special education and related services under the Individuals with Disabilities Education Act (IDEA), or services and accommodations under Section 504 of the Rehabilitation Act.',
        concerns: 'Here is why I am asking:\n{{concerns}}',
        ask: 'Please send me the consent form for the evaluation, a written notice of what the school decides (prior written notice), and a copy of the procedural safeguards notice.',
        law: 'IDEA lets a parent ask for an initial evaluation (34 CFR 300.301(b)). The school must answer in writing, either proposing the evaluation or explaining why it refuses (34 CFR 300.503). Once I sign consent, the evaluation must be finished within 60 days, or within the time my state sets (34 CFR 300.301(c)). Section 504 requires an evaluation before a student gets services or a change in placement (34 CFR 104.35(a)).',
      },
    },
    reevaluation: {
      title: 'Ask for a reevaluation',
      description: 'When your child already has an IEP or a 504 plan and you think their needs have changed.',
      subject: 'Request for a reevaluation for {{child}}',
      fields: {
        reasons: 'Why do you want a reevaluation?',
      },
      hints: {
        reasons: 'What has changed, with examples. For example, “His grades have dropped since January.”',
      },
      paragraphs: {
        request:
          'I am asking the school to reevaluate {{first}}. I believe {{first}}’s needs have changed, and the team needs current information to plan.',
        reasons: 'Here is why:\n{{reasons}}',
        ask: 'Please send me the consent form, or a written explanation if the school refuses (prior written notice).',
        law: 'Under IDEA, the school must reevaluate a child when a parent or teacher asks, though not more than once a year unless the parent and the school agree (34 CFR 300.303). The school must answer in writing (34 CFR 300.503). Section 504 also requires students to be reevaluated from time to time (34 CFR 104.35(d)).',
      },
    },
    'independent-evaluation': {
      title: 'Ask for an independent evaluation (IEE)',
      description:
        'When you disagree with an evaluation the school did. Asks for an evaluation by someone outside the school, at public expense.',
      subject: 'Request for an independent educational evaluation for {{child}}',
      fields: {
        evaluationName: 'Which evaluation do you disagree with?',
        evaluationDate: 'When was it done?',
        reasons: 'Why do you disagree?',
      },
      hints: {
        evaluationName:
          'For example, “the psychoeducational evaluation” or “the speech and language evaluation”.',
        evaluationDate: 'The date on the evaluation report. For example, 2026-03-14.',
        reasons: 'You do not have to explain. If you want to, write it here.',
      },
      paragraphs: {
        request:
          'I disagree with the {{evaluationName}} the school completed on {{evaluationDate}}. I am asking for an independent educational evaluation (IEE) at public expense.',
        reasons: 'My reasons:\n{{reasons}}',
        ask: 'Please send me the school’s criteria for independent evaluators (such as location and qualifications) and information on where I can get an IEE.',
        law: 'Under IDEA, a parent who disagrees with a school evaluation may ask for an IEE at public expense. Without unnecessary delay, the school must either pay for the IEE or ask for a due process hearing to show that its evaluation was appropriate (34 CFR 300.502(b)). The school may ask why I disagree, but I do not have to explain, and the school may not delay because of it.',
      },
    },
    records: {
      title: 'Ask for your child’s records',
      description:
        'To see everything the school keeps about your child, for example before a meeting. The school has at most 45 days to answer.',
      subject: 'Request to see the education records of {{child}}',
      fields: {
        recordsWanted: 'Which records do you want most?',
        meetingDate: 'Is a meeting coming up? Its date',
      },
      hints: {
        recordsWanted:
          'Leave it empty to ask for everything. For example, “the speech therapy logs for this year”.',
        meetingDate: 'If you have an IEP meeting planned, the school must show you the records before it.',
      },
      paragraphs: {
        request:
          'I am asking to see all of {{first}}’s education records. This includes evaluations with test scores and protocols, the IEP or 504 plan and drafts, progress reports, service logs, discipline and attendance records, e-mails about {{first}}, and notes kept by staff.',
        recordsWanted: 'In particular, I would like to see:\n{{recordsWanted}}',
        copies: 'Please also give me copies. If there is a charge for copies, please tell me first.',
        meeting: 'We have a meeting on {{meetingDate}}. I need to see the records before that meeting.',
        law: 'Under IDEA, the school must let me see my child’s records without unnecessary delay, before any IEP meeting or hearing, and never later than 45 days after this request (34 CFR 300.613). FERPA gives parents the same right, within 45 days (34 CFR 99.10).',
      },
    },
    'iep-meeting': {
      title: 'Ask for an IEP meeting',
      description:
        'When something in the IEP is not working and you want the team to meet before the yearly review.',
      subject: 'Request for an IEP meeting for {{child}}',
      fields: {
        reasons: 'What do you want to talk about?',
        availability: 'When are you available?',
      },
      hints: {
        reasons:
          'For example, “The reading goal is not being met” or “Speech therapy sessions are being missed”.',
        availability: 'Days and times that work for you.',
      },
      paragraphs: {
        request: 'I am asking for an IEP team meeting to review {{first}}’s program.',
        reasons: 'I would like to talk about:\n{{reasons}}',
        availability: 'I am available:\n{{availability}}',
        ask: 'Please send me a written notice of the meeting, with the date, time, place and who will attend, early enough for me to be there (34 CFR 300.322).',
        law: 'Under IDEA, the IEP team must review the IEP at least once a year and revise it as needed, including to address information the parents give and any lack of expected progress (34 CFR 300.324(b)).',
      },
    },
    '504-meeting': {
      title: 'Ask for a 504 meeting',
      description: 'When the 504 plan is not working, or your child needs new accommodations.',
      subject: 'Request for a Section 504 meeting for {{child}}',
      fields: {
        reasons: 'What do you want to talk about?',
        availability: 'When are you available?',
      },
      hints: {
        reasons: 'For example, “Extra time on tests is not being given”.',
        availability: 'Days and times that work for you.',
      },
      paragraphs: {
        request:
          'I am asking for a meeting of {{first}}’s Section 504 team to review {{first}}’s plan and needs.',
        reasons: 'I would like to talk about:\n{{reasons}}',
        availability: 'I am available:\n{{availability}}',
        ask: 'Please tell me in writing the date, time and place of the meeting, and who will attend.',
        law: 'Section 504 requires decisions about a student’s services to be made by a group of people who know the student and the information (34 CFR 104.35(c)), and gives parents procedural safeguards, including notice and the chance to look at records (34 CFR 104.36).',
      },
    },
    'prior-written-notice': {
      title: 'Ask for a decision in writing (prior written notice)',
      description:
        'When the school said “yes” or “no” to something out loud, for example refusing an evaluation or cutting a service. Asks for the decision and its reasons in writing.',
      subject: 'Request for prior written notice for {{child}}',
      fields: {
        decisionDate: 'When did the school tell you?',
        decision: 'What did the school decide?',
      },
      hints: {
        decisionDate: 'For example, 2026-09-02.',
        decision: 'In your own words, for example “The school will not test her for dyslexia.”',
      },
      paragraphs: {
        request: 'On {{decisionDate}}, I was told that the school has decided the following:\n{{decision}}',
        ask: 'Please give me this decision in writing, as prior written notice. The notice must say what the school proposes or refuses, explain why, describe the other options it considered and why it rejected them, and list each evaluation, record or report it used to decide.',
        law: 'IDEA requires prior written notice whenever the school proposes or refuses to start or change a child’s identification, evaluation, educational placement or services (34 CFR 300.503).',
      },
    },
    'meeting-confirmation': {
      title: 'Confirm what was agreed at a meeting',
      description:
        'After a meeting, to put in writing what you understood was agreed, while everyone remembers.',
      subject: 'What we agreed at the meeting on {{meetingDate}} about {{child}}',
      fields: {
        meetingDate: 'When was the meeting?',
        attendees: 'Who was there?',
        agreements: 'What was agreed?',
      },
      hints: {
        meetingDate: 'For example, 2026-09-02.',
        attendees: 'Names and roles, separated by commas.',
        agreements: 'One point on each line, with who will do what and by when.',
      },
      paragraphs: {
        thanks: 'Thank you for meeting with me on {{meetingDate}}.',
        attendees: 'At the meeting were: {{attendees}}.',
        agreements: 'This is my understanding of what we agreed:\n{{agreements}}',
        ask: 'If your understanding is different, please tell me in writing. Please also send me prior written notice of any change the school proposes or refuses, and a copy of the plan as changed.',
        law: 'The school must give parents a copy of the IEP (34 CFR 300.322(f)) and prior written notice of the changes it proposes or refuses (34 CFR 300.503).',
      },
    },
    disagreement: {
      title: 'Say that you disagree with a decision',
      description: 'When you do not agree with a school decision and want your disagreement on record.',
      subject: 'Notice that I disagree with a decision about {{child}}',
      fields: {
        decisionDate: 'When was the decision made?',
        decision: 'What did the school decide?',
        reasons: 'Why do you disagree?',
      },
      hints: {
        decisionDate: 'For example, 2026-09-02.',
        decision: 'For example, “to end speech therapy”.',
        reasons: 'Facts help most: dates, scores, what you have seen.',
      },
      paragraphs: {
        decision: 'On {{decisionDate}}, the school decided:\n{{decision}}',
        disagree: 'I do not agree with this decision. My reasons:\n{{reasons}}',
        ask: 'Please send me prior written notice of this decision if you have not already, and a copy of the procedural safeguards notice. I would like to meet to resolve this.',
        law: 'The school must explain its decisions in prior written notice (34 CFR 300.503) and tell parents how they can resolve a disagreement (34 CFR 300.504). Section 504 gives parents the right to an impartial hearing (34 CFR 104.36).',
      },
    },
    'state-complaint': {
      title: 'Draft a state complaint',
      description:
        'When the school district has not followed special education law. You file it with your state education agency, within one year of what happened.',
      subject: 'State complaint about the special education of {{child}}',
      fields: {
        violationDate: 'When did it happen?',
        decision: 'What did the district do, or fail to do?',
        facts: 'The facts',
        resolution: 'What are you asking for?',
      },
      hints: {
        violationDate: 'It must be less than one year ago. For example, 2026-09-02.',
        decision: 'For example, “did not give the speech therapy in the IEP”.',
        facts: 'What happened, with dates, names and documents.',
        resolution: 'For example, “the missed therapy sessions made up”.',
      },
      paragraphs: {
        intro: 'I am filing this state complaint about {{agency}}, under 34 CFR 300.151 to 300.153.',
        violation:
          'The district did not follow the Individuals with Disabilities Education Act (IDEA). What happened:\n{{decision}}',
        facts: 'The facts:\n{{facts}}',
        when: 'This happened on {{violationDate}}, less than one year before this complaint.',
        resolution: 'To resolve this, I am asking for:\n{{resolution}}',
        copy: 'I am sending a copy of this complaint to the school district at the same time.',
        law: 'The state must investigate and give a written decision within 60 days after it receives the complaint (34 CFR 300.152(a)). A complaint must be signed, state the facts, and be about a violation that happened not more than one year before it is filed; the person filing sends a copy to the district (34 CFR 300.153).',
      },
    },
    'ocr-complaint': {
      title: 'Draft a complaint to the Office for Civil Rights (OCR)',
      description:
        'When you believe the school discriminated against your child because of disability. You file it with the U.S. Department of Education’s Office for Civil Rights, within 180 days.',
      subject: 'Complaint of disability discrimination involving {{child}}',
      fields: {
        violationDate: 'When did the last act happen?',
        decision: 'What did the school do?',
        facts: 'The facts',
        resolution: 'What are you asking for?',
      },
      hints: {
        violationDate: 'The most recent date. It must be less than 180 days ago. For example, 2026-09-02.',
        decision: 'For example, “kept him from the field trip because of his wheelchair”.',
        facts: 'What happened, with dates, names and documents.',
        resolution: 'For example, “a 504 meeting to plan accommodations for field trips”.',
      },
      paragraphs: {
        intro:
          'I am filing this complaint with the U.S. Department of Education, Office for Civil Rights (OCR), against {{agency}}.',
        violation:
          'I believe the school discriminated against {{first}} because of disability. What happened:\n{{decision}}',
        facts: 'The facts:\n{{facts}}',
        when: 'The most recent act happened on {{violationDate}}.',
        resolution: 'To resolve this, I am asking for:\n{{resolution}}',
        law: 'Section 504 of the Rehabilitation Act (29 U.S.C. 794; 34 CFR 104.4) and Title II of the Americans with Disabilities Act (42 U.S.C. 12132) forbid discrimination because of disability by public schools. Retaliation against anyone who complains is also forbidden (34 CFR 104.61). A complaint is filed within 180 days of the last act.',
      },
    },
    'compensatory-services': {
      title: 'Ask for missed services to be made up',
      description:
        'When the school did not give all the minutes of services the plan promises. You ask the school to make up the minutes it owes (compensatory services).',
      subject: 'Request to make up missed services for {{child}}',
      fields: {
        facts: 'The minutes promised, given and owed',
        resolution: 'What are you asking for?',
      },
      hints: {
        facts: 'We wrote this from your service log. Check it and change it if needed.',
        resolution:
          'For example, "the 300 owed minutes of speech therapy, by the end of March, at times that do not take my child out of class".',
      },
      paragraphs: {
        request:
          'I am writing because {{first}} has not received all the services in the plan. I am asking the school to make up the minutes it owes.',
        facts: 'Our records show:\n{{facts}}',
        resolution: 'I am asking for:\n{{resolution}}',
        ask: 'Please tell me in writing, within 10 school days, how and when the owed minutes will be made up, and send me a copy of the school’s own service log for these dates.',
        law: 'The school must give the special education and related services in the plan, with the amount and frequency it states (34 CFR 300.320(a)(7) and 34 CFR 300.323(c)(2)). A 504 plan must also be carried out as written (34 CFR 104.33).',
      },
    },
  },
} as const
