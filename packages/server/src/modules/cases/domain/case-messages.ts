import { formatCount, languageOf, NBSP, quoted } from '../../checkout/domain/locale-text.js';
import type { CaseStatusValue, CaseTransitionRefusal } from './case-status.js';

/**
 * The words of service cases in the viewer's language: English for en-US (and any locale that is not
 * French), Canadian French for fr-CA. Pure.
 */

export type CaseRefusal =
  | 'NO_SUCH_CASE'
  | 'NO_SUCH_ORDER'
  | 'NO_SUCH_ORDER_LINE'
  | 'LINE_NOT_ON_ORDER'
  | 'NO_SUCH_INVOICE'
  | 'NO_SUCH_PRODUCT'
  | 'ONE_RECORD'
  | 'SUBJECT_LENGTH'
  | 'DESCRIPTION_MISSING'
  | 'COMMENT_MISSING'
  | 'BAD_CHARACTER'
  | 'CLOSED_NO_COMMENT'
  | 'CUSTOMERS_OPEN_CASES'
  | 'NO_ACCOUNT';

const REFUSALS: Record<CaseRefusal, { en: string; fr: string }> = {
  NO_SUCH_CASE: { en: 'There is no such case.', fr: 'Ce dossier n’existe pas.' },
  NO_SUCH_ORDER: {
    en: 'There is no such order for this account.',
    fr: 'Cette commande n’existe pas pour ce compte.',
  },
  NO_SUCH_ORDER_LINE: {
    en: 'There is no such order line for this account.',
    fr: 'Cette ligne de commande n’existe pas pour ce compte.',
  },
  LINE_NOT_ON_ORDER: {
    en: 'That line is not on that order.',
    fr: 'Cette ligne ne fait pas partie de cette commande.',
  },
  NO_SUCH_INVOICE: {
    en: 'There is no such invoice for this account.',
    fr: 'Cette facture n’existe pas pour ce compte.',
  },
  NO_SUCH_PRODUCT: { en: 'There is no such product.', fr: 'Ce produit n’existe pas.' },
  ONE_RECORD: {
    en: 'A case concerns one record at most: an order (or one of its lines), an invoice or a product.',
    fr: `Un dossier porte sur un seul élément au plus${NBSP}: une commande (ou une de ses lignes), une facture ou un produit.`,
  },
  SUBJECT_LENGTH: {
    en: 'The subject must be 3 to 200 characters.',
    fr: 'L’objet doit compter de 3 à 200 caractères.',
  },
  DESCRIPTION_MISSING: { en: 'Describe the problem.', fr: 'Décrivez le problème.' },
  COMMENT_MISSING: { en: 'Write a comment.', fr: 'Rédigez un commentaire.' },
  BAD_CHARACTER: {
    en: 'The text contains a character that is not allowed.',
    fr: 'Le texte contient un caractère non autorisé.',
  },
  CLOSED_NO_COMMENT: {
    en: 'This case is closed: reopen it to add a comment.',
    fr: `Ce dossier est fermé${NBSP}: rouvrez-le pour ajouter un commentaire.`,
  },
  CUSTOMERS_OPEN_CASES: {
    en: 'Only the account’s buyers and partners open cases.',
    fr: 'Seuls les acheteurs et partenaires du compte ouvrent des dossiers.',
  },
  NO_ACCOUNT: { en: 'Choose an account first.', fr: 'Choisissez d’abord un compte.' },
};

/** A refused case change, for a person. */
export function caseRefusal(refusal: CaseRefusal, locale: string): string {
  return REFUSALS[refusal][languageOf(locale)];
}

/** "… is limited to N characters." for the description or a comment. */
export function caseTextTooLong(field: 'description' | 'body', max: number, locale: string): string {
  if (languageOf(locale) === 'fr') {
    const what = field === 'description' ? 'La description' : 'Un commentaire';
    return `${what} compte au plus ${formatCount('fr', max)} caractères.`;
  }
  const what = field === 'description' ? 'The description' : 'A comment';
  return `${what} is limited to ${formatCount('en', max, true)} characters.`;
}

const STATUS_WORDS: Record<CaseStatusValue, { en: string; fr: string }> = {
  OPEN: { en: 'open', fr: 'ouvert' },
  IN_PROGRESS: { en: 'in progress', fr: 'en cours' },
  AWAITING_CUSTOMER: { en: 'awaiting the customer', fr: 'en attente du client' },
  RESOLVED: { en: 'resolved', fr: 'résolu' },
  CLOSED: { en: 'closed', fr: 'fermé' },
};

/** A case status in words ("awaiting the customer", « en attente du client »). */
export function caseStatusWords(status: CaseStatusValue, locale: string): string {
  return STATUS_WORDS[status][languageOf(locale)];
}

/** Why a status change is refused. */
export function caseTransitionText(
  refusal: CaseTransitionRefusal,
  from: CaseStatusValue,
  to: CaseStatusValue,
  locale: string,
): string {
  const fr = languageOf(locale) === 'fr';
  const status = caseStatusWords(from, locale);
  const target = caseStatusWords(to, locale);
  switch (refusal) {
    case 'SAME_STATUS':
      return fr ? `Le dossier est déjà ${status}.` : `The case is already ${status}.`;
    case 'CLOSED_SELLER':
      return fr
        ? `Le dossier est fermé${NBSP}: seul le client peut le rouvrir.`
        : 'The case is closed: only the customer can reopen it.';
    case 'CUSTOMER_MAY_ONLY_CLOSE_OR_REOPEN':
      return fr
        ? `Vous pouvez fermer un dossier ou rouvrir un dossier résolu ou fermé${NBSP}; le vendeur s’occupe des autres étapes.`
        : 'You can close a case, or reopen a resolved or closed one; the seller moves it through the other steps.';
    case 'REOPEN_ONLY_RESOLVED_OR_CLOSED':
      return fr
        ? `Seul un dossier résolu ou fermé peut être rouvert${NBSP}; celui-ci est ${status}.`
        : `Only a resolved or closed case can be reopened; this one is ${status}.`;
    case 'SELLER_NOT_ALLOWED':
      return fr
        ? `Un dossier ${status} ne peut pas passer à l’état ${target}.`
        : `A case that is ${status} cannot be made ${target}.`;
  }
}

export type AttachmentRefusal =
  'EMPTY' | 'TOO_LARGE' | 'TYPE' | 'CONTENT_MISMATCH' | 'NAME' | 'TOO_MANY' | 'CLOSED';

/** Why a file was refused. */
export function attachmentRefusal(refusal: AttachmentRefusal, locale: string, max = 0): string {
  const fr = languageOf(locale) === 'fr';
  switch (refusal) {
    case 'EMPTY':
      return fr ? 'Le fichier est vide.' : 'The file is empty.';
    case 'TOO_LARGE':
      return fr ? `Un fichier joint pèse au plus 10${NBSP}Mo.` : 'An attachment is limited to 10 MB.';
    case 'TYPE':
      return fr
        ? 'Joignez une image (PNG, JPEG, GIF, WebP), un PDF, un fichier texte ou CSV.'
        : 'Attach an image (PNG, JPEG, GIF, WebP), a PDF, a text or a CSV file.';
    case 'CONTENT_MISMATCH':
      return fr
        ? 'Le contenu du fichier ne correspond pas à son type.'
        : 'The file’s content does not match its type.';
    case 'NAME':
      return fr
        ? 'Donnez au fichier un nom de 1 à 200 caractères.'
        : 'The file needs a name of 1 to 200 characters.';
    case 'CLOSED':
      return fr
        ? `Ce dossier est fermé${NBSP}: rouvrez-le pour y joindre un fichier.`
        : 'This case is closed: reopen it to attach a file.';
    case 'TOO_MANY':
      return fr
        ? `Un dossier compte au plus ${formatCount('fr', max)} fichiers joints.`
        : `A case holds at most ${max} attachments.`;
  }
}

/** Notifications to the other side of a case. */
export function caseNotice(
  event: {
    kind: 'opened' | 'comment' | 'status';
    number: string;
    subject: string;
    actorName: string;
    status?: CaseStatusValue;
  },
  locale: string,
): { title: string; body: string } {
  const fr = languageOf(locale) === 'fr';
  const subject = fr ? quoted(event.subject) : `“${event.subject}”`;
  switch (event.kind) {
    case 'opened':
      return fr
        ? {
            title: `Nouveau dossier ${event.number}`,
            body: `${event.actorName} a ouvert le dossier ${subject}.`,
          }
        : { title: `New case ${event.number}`, body: `${event.actorName} opened the case ${subject}.` };
    case 'comment':
      return fr
        ? {
            title: `Réponse au dossier ${event.number}`,
            body: `${event.actorName} a commenté le dossier ${subject}.`,
          }
        : {
            title: `Reply on case ${event.number}`,
            body: `${event.actorName} commented on the case ${subject}.`,
          };
    case 'status': {
      const status = caseStatusWords(event.status ?? 'OPEN', locale);
      return fr
        ? {
            title: `Dossier ${event.number}${NBSP}: ${status}`,
            body: `${event.actorName} a mis le dossier ${subject} à l’état ${quoted(status)}.`,
          }
        : {
            title: `Case ${event.number} ${status}`,
            body: `${event.actorName} marked the case ${subject} ${status}.`,
          };
    }
  }
}
