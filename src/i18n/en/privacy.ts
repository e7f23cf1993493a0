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
