import type { Messages } from './translate';

/*
 * Canadian French for paying invoices and the payment history (features/payments), merged into the fr-CA
 * dictionary. Texts shared with the rest of the portal ("Date", "Card", "Total", …) are in fr-CA.ts or
 * the feature dictionaries that first used them.
 */
export const frCAPayments: Messages = {
  // Navigation and pages
  Payments: 'Paiements',
  'Pay invoices': 'Payer des factures',
  '← Invoices': '← Factures',
  'For {account}': 'Pour {account}',
  'Payments of {account}': 'Paiements de {account}',

  // Pay page: choosing invoices and amounts
  'No invoices chosen': 'Aucune facture choisie',
  'Choose the invoices to pay in the invoice list.':
    'Choisissez les factures à payer dans la liste des factures.',
  'Go to invoices': 'Aller aux factures',
  'We couldn’t load the invoices to pay': 'Impossible de charger les factures à payer',
  'Loading the invoices…': 'Chargement des factures…',
  'These invoices can’t be found': 'Ces factures sont introuvables',
  'They may belong to another account. Choose the invoices to pay in the invoice list.':
    'Elles appartiennent peut-être à un autre compte. Choisissez les factures à payer dans la liste des factures.',
  'Each amount starts at what settles the invoice in full. An early-payment discount applies only when an invoice is paid in full within its discount period; paying in part takes no discount.':
    'Chaque montant est d’abord celui qui règle la facture en entier. Un escompte de paiement anticipé ne s’applique que si la facture est payée en entier pendant sa période d’escompte; un paiement partiel n’y donne pas droit.',
  'Balance {balance} of {total}': 'Solde de {balance} sur {total}',
  'Amount to pay on {number}': 'Montant à payer sur {number}',
  'Nothing to pay: this invoice is paid or void.': 'Rien à payer\u00a0: cette facture est payée ou annulée.',
  'Early-payment discount: {percent}% off if paid in full by {date} — pay {amount} instead of {balance}.':
    'Escompte de paiement anticipé\u00a0: {percent}\u00a0% si la facture est payée en entier d’ici le {date} — payez {amount} au lieu de {balance}.',
  'Paying this amount takes the discount of {discount}.':
    'Ce montant donne droit à l’escompte de {discount}.',
  'A part payment takes no discount.': 'Un paiement partiel ne donne droit à aucun escompte.',
  'Pay in full with the discount': 'Payer en entier avec l’escompte',
  'Pay in full': 'Payer en entier',
  'Enter an amount such as 125.50.': 'Entrez un montant, par exemple 125,50.',
  'Enter an amount greater than zero.': 'Entrez un montant supérieur à zéro.',
  'At most {amount} settles this invoice in full today.':
    'Au plus {amount}\u00a0: ce montant règle cette facture en entier aujourd’hui.',

  // Pay page: how to pay
  'Bank transfer': 'Virement bancaire',
  'A card payment is made by the customer in the portal.':
    'Le paiement par carte est fait par le client dans le portail.',
  'Record a transfer already sent, with its reference.':
    'Inscrivez un virement déjà envoyé, avec sa référence.',
  'Transfer reference': 'Référence du virement',
  'As it appears on the transfer, e.g. WIRE-2026-0042.':
    'Telle qu’elle figure sur le virement, p. ex. WIRE-2026-0042.',
  'Enter the bank transfer’s reference.': 'Entrez la référence du virement bancaire.',
  'Pay {total}': 'Payer {total}',
  'Record payment of {total}': 'Inscrire le paiement de {total}',
  'Record payment': 'Inscrire le paiement',
  'Your card is charged the total shown. If it is declined, nothing changes.':
    'Votre carte est débitée du total affiché. Si elle est refusée, rien ne change.',
  'The invoices are credited with the amounts shown, against the transfer’s reference.':
    'Les factures sont créditées des montants affichés, selon la référence du virement.',

  // Pay page: outcomes
  'Payment {number} is recorded': 'Le paiement {number} est enregistré',
  'Paid {amount}; early-payment discounts taken: {discount}.':
    'Montant payé\u00a0: {amount}; escomptes de paiement anticipé obtenus\u00a0: {discount}.',
  'Download the receipt (PDF)': 'Télécharger le reçu (PDF)',
  'Payment history': 'Historique des paiements',
  'Balances now': 'Soldes maintenant',
  'Try another card, or pay by bank transfer.': 'Essayez une autre carte ou payez par virement bancaire.',
  'This payment was already made': 'Ce paiement a déjà été fait',
  'Start a new payment': 'Commencer un nouveau paiement',
  'Please check the payment': 'Veuillez vérifier le paiement',
  'We don’t know whether the payment went through': 'Nous ne savons pas si le paiement est passé',
  'Pay again: this attempt can make only one payment, so nothing is paid twice.':
    'Payez de nouveau\u00a0: cette tentative ne peut faire qu’un seul paiement, rien n’est donc payé deux fois.',
  'The server did not say whether the payment was made. Pay again: this attempt cannot pay twice.':
    'Le serveur n’a pas indiqué si le paiement a été fait. Payez de nouveau\u00a0: cette tentative ne peut pas payer deux fois.',

  // Payment history and the invoice's payments
  'We couldn’t load the payments': 'Impossible de charger les paiements',
  'Loading payments…': 'Chargement des paiements…',
  'No payments yet': 'Aucun paiement pour l’instant',
  'Payments made against this account’s invoices will show up here.':
    'Les paiements faits sur les factures de ce compte s’afficheront ici.',
  'No payment has been applied to this invoice yet.':
    'Aucun paiement n’a encore été appliqué à cette facture.',
  'Payments applied to this invoice': 'Paiements appliqués à cette facture',
  '{count} payment': '{count} paiement',
  '{count} payments': '{count} paiements',
  'Pages of payments': 'Pages de paiements',
  Method: 'Mode de paiement',
  Receipt: 'Reçu',
  PDF: 'PDF',
  'Receipt of {number} (PDF)': 'Reçu de {number} (PDF)',
};
