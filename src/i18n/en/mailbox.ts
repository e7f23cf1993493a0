/** English text for mailbox. Keep keys in step with ../es/mailbox.ts. */
export const mailbox = {
  title: 'Development mailbox',
  intro:
    'No mail server is set up, so e-mails are kept here instead of being sent. This page does not exist in production.',
  empty: 'No e-mails yet.',
  caption: 'E-mails, newest first',
  subject: 'Subject',
  to: 'To',
  sent: 'Sent',
  back: 'All e-mails',
  links: 'Links in this e-mail',
  attachments: 'Attachments',
} as const
