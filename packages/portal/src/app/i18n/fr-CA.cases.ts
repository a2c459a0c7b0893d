import type { Messages } from './translate';

/** Canadian French for service cases (features/cases, and the cases panel of orders and invoices). */
export const frCACases: Messages = {
  // Navigation and lists
  Cases: 'Dossiers',
  'Service cases': 'Dossiers de service',
  'Cases inbox': 'Boîte des dossiers',
  'Cases of every account you act for, most recently changed first.':
    'Les dossiers de tous les comptes que vous représentez, les plus récemment modifiés en premier.',
  'Questions and problems you raised with {site}, and their answers.':
    'Les questions et problèmes que vous avez soumis à {site}, et leurs réponses.',
  'Open a case': 'Ouvrir un dossier',
  'Ask about this product': 'Poser une question sur ce produit',
  'Filter cases': 'Filtrer les dossiers',
  Search: 'Rechercher',
  'Case number, subject, order or invoice number, account':
    'Numéro de dossier, objet, numéro de commande ou de facture, compte',
  'Showing the cases about one order.': 'Dossiers portant sur une commande.',
  'Showing the cases about one invoice.': 'Dossiers portant sur une facture.',
  'We couldn’t load the cases': 'Impossible de charger les dossiers',
  'Loading cases…': 'Chargement des dossiers…',
  'No cases match these filters': 'Aucun dossier ne correspond à ces filtres',
  'No cases yet': 'Aucun dossier pour l’instant',
  'Try another status or search.': 'Essayez un autre état ou une autre recherche.',
  'Cases your accounts open will show up here.': 'Les dossiers ouverts par vos comptes s’afficheront ici.',
  'Open a case from an order, an invoice or a product when something is not right.':
    'Ouvrez un dossier à partir d’une commande, d’une facture ou d’un produit lorsque quelque chose ne va pas.',
  '{count} case': '{count} dossier',
  '{count} cases': '{count} dossiers',
  Case: 'Dossier',
  About: 'Concerne',
  'Last change': 'Dernière modification',
  '{count} comment': '{count} commentaire',
  '{count} comments': '{count} commentaires',
  General: 'Général',
  'Pages of cases': 'Pages des dossiers',
  'All {count} cases': 'Les {count} dossiers',
  'No cases about this order.': 'Aucun dossier sur cette commande.',
  '{name} wrote:': '{name} a écrit\u00a0:',
  'No cases about this invoice.': 'Aucun dossier sur cette facture.',

  // Statuses, actions and types
  'case status|Open': 'Ouvert',
  'case status|In progress': 'En cours',
  'case status|Awaiting customer': 'En attente du client',
  'case status|Resolved': 'Résolu',
  'case status|Closed': 'Fermé',
  Reopen: 'Rouvrir',
  'Mark in progress': 'Prendre en charge',
  'Ask the customer': 'Attendre le client',
  'Mark resolved': 'Marquer comme résolu',
  'Close case': 'Fermer le dossier',
  'Damaged goods': 'Marchandise endommagée',
  'Missing items': 'Articles manquants',
  'Wrong item': 'Mauvais article',
  'Return request': 'Demande de retour',
  'Billing question': 'Question de facturation',
  'Product question': 'Question sur un produit',
  'case type|Other': 'Autre',
  'Order {number}, line {line} ({sku})': 'Commande {number}, ligne {line} ({sku})',
  'Invoice {number}': 'Facture {number}',
  'Product {sku} — {name}': 'Produit {sku} — {name}',

  // Files
  '{size}, from {name}': '{size}, de {name}',
  'An attachment is limited to 10 MB.': 'Un fichier joint pèse au plus 10\u00a0Mo.',
  'Attach an image (PNG, JPEG, GIF, WebP), a PDF, a text or a CSV file.':
    'Joignez une image (PNG, JPEG, GIF, WebP), un PDF, un fichier texte ou CSV.',
  'The file could not be attached (HTTP {status}).': 'Le fichier n’a pas pu être joint (HTTP {status}).',
  'Attach a file (optional)': 'Joindre un fichier (facultatif)',
  'An image, a PDF, a text or CSV file, up to 10 MB.':
    'Une image, un PDF, un fichier texte ou CSV, jusqu’à 10\u00a0Mo.',
  'Choose a file.': 'Choisissez un fichier.',
  Files: 'Fichiers',
  'No files yet.': 'Aucun fichier pour l’instant.',
  'Add a file': 'Ajouter un fichier',
  Upload: 'Téléverser',

  // One case
  'All cases': 'Tous les dossiers',
  'We couldn’t load this case': 'Impossible de charger ce dossier',
  'Loading case…': 'Chargement du dossier…',
  'Case not found': 'Dossier introuvable',
  'We can’t show this case': 'Impossible d’afficher ce dossier',
  'It doesn’t exist, or it belongs to an account you don’t act for.':
    'Il n’existe pas, ou il appartient à un compte que vous ne représentez pas.',
  'Go to the cases': 'Aller aux dossiers',
  'The case was opened, but the file was not attached: {reason}':
    'Le dossier a été ouvert, mais le fichier n’a pas été joint\u00a0: {reason}',
  'Write a comment.': 'Rédigez un commentaire.',
  'Your comment was sent, but the file was not attached: {reason}':
    'Votre commentaire a été envoyé, mais le fichier n’a pas été joint\u00a0: {reason}',
  'The case is now “{status}”.': 'Le dossier est maintenant «\u00a0{status}\u00a0».',
  'Case {number}: {subject}': 'Dossier {number}\u00a0: {subject}',
  'Opened by {name} on {date} for {account}': 'Ouvert par {name} le {date} pour {account}',
  Conversation: 'Conversation',
  'No comments yet. Answer the customer below.':
    'Aucun commentaire pour l’instant. Répondez au client ci-dessous.',
  'No answer yet. The seller is notified of your case.':
    'Pas encore de réponse. Le vendeur a été avisé de votre dossier.',
  Customer: 'Client',
  Seller: 'Vendeur',
  'Load more comments ({count} more)': 'Afficher plus de commentaires ({count} de plus)',
  'Add a comment': 'Ajouter un commentaire',
  'Your comment': 'Votre commentaire',
  'Send comment': 'Envoyer le commentaire',
  'This case is closed. Reopen it to add a comment.':
    'Ce dossier est fermé. Rouvrez-le pour ajouter un commentaire.',
  Type: 'Type',
  'Act for {account} to open it.': 'Agissez au nom de {account} pour l’ouvrir.',

  // Opening a case
  'Cases are opened by the account’s buyers and partners':
    'Les dossiers sont ouverts par les acheteurs et partenaires du compte',
  'Answer the cases of your accounts from the cases inbox.':
    'Répondez aux dossiers de vos comptes à partir de la boîte des dossiers.',
  'We can’t find what this case would be about': 'Impossible de trouver l’élément visé par ce dossier',
  'Choose what the case is about.': 'Choisissez le type de dossier.',
  'The subject must be 3 to 200 characters.': 'L’objet doit compter de 3 à 200 caractères.',
  'Describe the problem.': 'Décrivez le problème.',
  'Tell the seller what is wrong; they answer here and you are notified.':
    'Expliquez au vendeur ce qui ne va pas; il répond ici et vous êtes avisé.',
  'About order {number}': 'Au sujet de la commande {number}',
  'Which part of the order': 'Quelle partie de la commande',
  'The whole order': 'Toute la commande',
  'Line {line}: {sku} — {name}': 'Ligne {line}\u00a0: {sku} — {name}',
  'About invoice {number}': 'Au sujet de la facture {number}',
  'About product {sku} — {name}': 'Au sujet du produit {sku} — {name}',
  'A general case, about no order, invoice or product in particular.':
    'Un dossier général, qui ne vise aucune commande, facture ni aucun produit en particulier.',
  'Choose…': 'Choisir…',
  Subject: 'Objet',
  '3 to 200 characters.': 'De 3 à 200 caractères.',
  'What happened, and what you would like the seller to do (up to 5,000 characters).':
    'Ce qui s’est passé, et ce que vous attendez du vendeur (jusqu’à 5\u00a0000 caractères).',
  'The case was not opened': 'Le dossier n’a pas été ouvert',
  'Open case': 'Ouvrir le dossier',
};
