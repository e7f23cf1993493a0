/** English text for exports, imports, deletion and two-step sign-in. Keep keys in step with ../es/privacy.ts. */
export const privacy = {
  section: {
    title: 'Take the record with you, or delete it',
    childIntro: 'Download everything in {{name}}’s record as one file, or delete the record.',
    export: 'Export {{name}}’s record',
    accountTitle: 'Your data',
    accountIntro:
      'Download everything in your account, load a file exported from Pathway, or delete your account.',
    accountExport: 'Export your account',
    import: 'Load an export',
    delete: 'Delete {{name}}’s record',
  },
  export: {
    childTitle: 'Export {{name}}’s record',
    accountTitle: 'Export your account',
    childIntro: 'You get one ZIP file with everything in {{name}}’s record:',
    accountIntro:
      'You get one ZIP file with your name and e-mail address and the record of every child in your household, archived children too. In it:',
    itemRecord: 'every entry, in files a computer can read (JSON, described in manifest.json)',
    itemDocuments: 'every document you uploaded, as the original file',
    itemPlans: 'each plan at a glance, as a PDF',
    itemLetters: 'every letter, as a PDF',
    keepSafe:
      'The file holds private information about your child. Keep it somewhere safe, and do not send it by ordinary e-mail.',
    importHint: 'You can load the file into another Pathway account to get the same record there.',
    submit: 'Download the ZIP file',
  },
  delete: {
    title: 'Delete {{name}}’s record',
    intro:
      'This deletes everything in {{name}}’s record: events, documents, plans, letters, notes, and every link and share.',
    grace:
      'The record is hidden from everyone at once. For 14 days you can bring it back from your account page. After that it is gone for good, and no one can get it back.',
    exportFirst: 'You may want to export the record first.',
    confirmName: 'To confirm, type the name {{name}}',
    submit: 'Delete the record',
    flash: '{{name}}’s record is hidden and will be deleted on {{date}}. You can undo this below.',
    problems: {
      nameMissing: 'Type the child’s name to confirm.',
      nameWrong: 'Type the name exactly as shown: {{name}}.',
    },
  },
  deleteAccount: {
    title: 'Delete your account',
    intro:
      'This deletes your account and the records of every child in your household: events, documents, plans, letters and notes.',
    grace:
      'Your records are hidden at once and you are signed out everywhere else. For 14 days you can sign in and bring everything back. After that it is gone for good.',
    password: 'Your password',
    submit: 'Delete my account',
    flash: 'Your account will be deleted on {{date}}. You can undo this below.',
    problems: {
      passwordMissing: 'Enter your password to confirm.',
      passwordWrong: 'The password is not right. Enter the password you sign in with.',
    },
  },
  deletions: {
    title: 'Deleted records',
    intro: 'Records you deleted stay hidden for 14 days. Until then, you can bring them back.',
    none: 'Nothing is waiting to be deleted.',
    child: '{{name}} — deleted for good on {{date}}',
    account: 'Your account will be deleted for good on {{date}}.',
    undo: 'Bring back {{name}}',
    undoAccount: 'Keep my account',
    undone: '{{name}}’s record is back.',
    accountUndone: 'Your account will not be deleted.',
    link: 'Deleted records you can still bring back',
    deleteAccountLink: 'Delete your account',
  },
  import: {
    title: 'Load an export',
    intro:
      'Load a ZIP file exported from Pathway, here or on another Pathway. Each child in it is added to your household as a new record. Nothing already in your account changes.',
    file: 'ZIP file from Pathway',
    fileHint: 'Up to {{max}}. Its name ends in .zip.',
    fileAgain: 'Choose the file again after fixing the problem: browsers do not keep it.',
    submit: 'Load the file',
    flash: 'Added to your household: {{names}}.',
    problems: {
      empty: 'Choose the ZIP file to load.',
      notAnExport:
        'The file is not an export from Pathway. Choose the ZIP file you downloaded from a Pathway export page.',
      malformed:
        'The file is damaged or is not a whole Pathway export. Download the export again and load the new file.',
      badName:
        'The file holds a name that points outside its folder, so nothing was loaded. Load a ZIP file made by Pathway.',
      tooLarge:
        'The file is too large: it may hold at most {{max}}. Export one child at a time and load each file.',
      tooManyEntries:
        'The file holds more than {{max}} files. Export one child at a time and load each file.',
      newerFormat:
        'The file comes from a newer version of Pathway. Ask the people who run this Pathway to update it, then load the file again.',
      missingFile:
        'A file listed in the export is missing ({{path}}). Download the export again and load the new file.',
      damagedFile:
        'A file in the export changed after it was made ({{path}}). Download the export again and load the new file.',
      noChildren: 'The file holds no child’s record. Choose another file.',
      couldNotImport:
        'The records in the file could not be added, so nothing was added. Download the export again and load the new file.',
    },
  },
} as const
