import type { Messages } from './translate';

/*
 * Canadian French for invoices (features/invoices): the list with its aging and filters, the invoice
 * page, credit memos and the statement of account. Merged into the fr-CA dictionary.
 */
export const frCAInvoices: Messages = {
  // Navigation and list
  Invoices: 'Factures',
  'Invoices of {account}': 'Factures de {account}',
  'Filter invoices': 'Filtrer les factures',
  'Search invoices': 'Chercher des factures',
  'Invoice, order or PO number': 'Nº de facture, de commande ou de bon de commande',
  'Due from': 'Échéance à partir du',
  'Due to': 'Échéance jusqu’au',
  'Minimum amount': 'Montant minimum',
  'Maximum amount': 'Montant maximum',
  'Order number': 'Nº de commande',
  'e.g. CO-100042': 'p. ex. CO-100042',
  'Enter an amount such as 250.00': 'Saisissez un montant comme 250,00',
  'The maximum must not be less than the minimum': 'Le maximum ne doit pas être inférieur au minimum',
  'The end date must not be before the start date': 'La date de fin ne doit pas précéder la date de début',
  Select: 'Sélectionner',
  'Select invoice {number}': 'Sélectionner la facture {number}',
  Invoice: 'Facture',
  Issued: 'Émise le',
  Due: 'Échéance',
  Balance: 'Solde',
  '{days} day past due': 'En retard de {days} jour',
  '{days} days past due': 'En retard de {days} jours',
  'We couldn’t load your invoices': 'Impossible de charger vos factures',
  'Loading invoices…': 'Chargement des factures…',
  'No invoices match these filters': 'Aucune facture ne correspond à ces filtres',
  'No invoices yet': 'Aucune facture pour l’instant',
  'Try other statuses, dates or amounts, or clear the filters.':
    'Essayez d’autres états, dates ou montants, ou effacez les filtres.',
  'Invoices for goods shipped on terms will show up here.':
    'Les factures des marchandises expédiées à terme s’afficheront ici.',
  '{count} invoice selected': '{count} facture sélectionnée',
  '{count} invoices selected': '{count} factures sélectionnées',
  'Tick open invoices to pay them together.': 'Cochez des factures ouvertes pour les payer ensemble.',
  'Pay selected': 'Payer la sélection',
  'Pages of invoices': 'Pages des factures',
  '{count} invoice': '{count} facture',
  '{count} invoices': '{count} factures',

  // Statuses and aging
  'invoice status|Open': 'Ouverte',
  'Partly paid': 'Partiellement payée',
  'invoice status|Paid': 'Payée',
  Overdue: 'En retard',
  Void: 'Annulée',
  'Aging of open invoices': 'Classement chronologique des factures ouvertes',
  'Total open': 'Total ouvert',
  Current: 'Courant',
  '1–30 days': '1 à 30 jours',
  '31–60 days': '31 à 60 jours',
  '61–90 days': '61 à 90 jours',
  'Over 90 days': 'Plus de 90 jours',
  'We couldn’t load the aging of your invoices':
    'Impossible de charger le classement chronologique de vos factures',
  'Loading aging…': 'Chargement du classement chronologique…',

  // Statement of account
  'Statement of account': 'Relevé de compte',
  'Opening balance, invoices, credit memos and payments in the period, closing balance and aging.':
    'Solde d’ouverture, factures, notes de crédit et paiements de la période, solde de clôture et classement chronologique.',
  'Choose a start date': 'Choisissez une date de début',
  'Choose an end date': 'Choisissez une date de fin',
  To: 'Au',
  'Download CSV': 'Télécharger le CSV',
  'Download PDF': 'Télécharger le PDF',

  // Invoice page
  'We couldn’t load this invoice': 'Impossible de charger cette facture',
  'Loading invoice…': 'Chargement de la facture…',
  'Invoice not found': 'Facture introuvable',
  'It may belong to another account, or the link is wrong.':
    'Elle appartient peut-être à un autre compte, ou le lien est erroné.',
  Pay: 'Payer',
  'Back to invoices': 'Retour aux factures',
  'This invoice is void': 'Cette facture est annulée',
  Terms: 'Conditions',
  'Net {days} days': 'Net {days} jours',
  'Early-payment discount': 'Escompte pour paiement hâtif',
  '{percent}% if paid by {date}': '{percent}\u00a0% si payée au plus tard le {date}',
  expired: 'expiré',
  'Past due': 'Retard',
  Paid: 'Payé',
  Credited: 'Crédité',
  'Invoice lines': 'Lignes de la facture',
  'No shipment records for this invoice.': 'Aucune expédition enregistrée pour cette facture.',
  'Credit memos': 'Notes de crédit',
  Number: 'Numéro',
  Date: 'Date',
  'No credit memos.': 'Aucune note de crédit.',

  // Credit memos (seller side)
  'Issue a credit memo': 'Émettre une note de crédit',
  'Issue credit memo': 'Émettre une note de crédit',
  Kind: 'Type',
  Return: 'Retour',
  Amount: 'Montant',
  'Give the reason for the credit': 'Indiquez le motif du crédit',

  // Voiding (seller side)
  'Void invoice': 'Annuler la facture',
  'Void invoice {number}': 'Annuler la facture {number}',
  'Give the reason for voiding': 'Indiquez le motif de l’annulation',
  'Nothing will be owed on this invoice any more. This cannot be undone.':
    'Plus rien ne sera dû sur cette facture. Cette action est définitive.',
};
