import type { Messages } from './translate';

/*
 * Canadian French for order management and what goes with it (features/orders, notifications,
 * fulfilment, account-users, wishlists), merged into the fr-CA dictionary. Texts shared with the rest of
 * the portal ("Status", "Placed by", …) are in fr-CA.ts; the few also used by the cart are repeated at
 * the end with the cart's own wording (its dictionary wins when both have them).
 */
export const frCAOrders: Messages = {
  // Order detail: payment
  '{brand} ending in {last4}': '{brand} se terminant par {last4}',
  // Navigation
  Approvals: 'Approbations',
  Lists: 'Listes',
  Users: 'Utilisateurs',
  Fulfilment: 'Expéditions',

  // Order history: search, filters, sort, export
  'Search orders': 'Chercher des commandes',
  'Order number, PO number, SKU or product': 'Nº de commande, nº de bon de commande, UGS ou produit',
  'Newest first': 'Plus récentes d’abord',
  'Oldest first': 'Plus anciennes d’abord',
  'Total: high to low': 'Total\u00a0: décroissant',
  'Total: low to high': 'Total\u00a0: croissant',
  'Order number: descending': 'Nº de commande\u00a0: décroissant',
  'Order number: ascending': 'Nº de commande\u00a0: croissant',
  'Hide filters': 'Masquer les filtres',
  'Show filters': 'Afficher les filtres',
  Anyone: 'Tout le monde',
  'Me ({name})': 'Moi ({name})',
  'Selected person': 'Personne sélectionnée',
  'Any address': 'Toutes les adresses',
  'Selected address': 'Adresse sélectionnée',
  'Clear search and filters': 'Effacer la recherche et les filtres',
  'Check the order number or SKU, or try fewer filters.':
    'Vérifiez le numéro de commande ou l’UGS, ou utilisez moins de filtres.',
  'Export CSV': 'Exporter en CSV',
  'Every order matching the search and filters, as a spreadsheet file':
    'Toutes les commandes correspondant à la recherche et aux filtres, dans un fichier tableur',

  // Order detail
  Reorder: 'Commander de nouveau',
  'Cancel order…': 'Annuler la commande…',
  'For {name}': 'Pour {name}',
  'Due {date}': 'Échéance le {date}',
  'Note for the supplier': 'Note pour le fournisseur',
  'Savings against list prices (included)': 'Économies sur les prix courants (incluses)',
  Tax: 'Taxes',
  'Order {number} was cancelled.': 'La commande {number} a été annulée.',
  'This order waits for your approval': 'Cette commande attend votre approbation',
  'Waiting for approval': 'En attente d’approbation',
  'It is above the order limit of {name}. Approve it to send it to the supplier, or reject it to cancel it.':
    'Elle dépasse la limite de commande de {name}. Approuvez-la pour la transmettre au fournisseur, ou refusez-la pour l’annuler.',
  'It is above the buyer’s order limit, so a buyer admin of the account decides whether it goes ahead.':
    'Elle dépasse la limite de commande de l’acheteur\u00a0: un acheteur administrateur du compte décide si elle est transmise.',
  'Approve…': 'Approuver…',
  'Reject…': 'Refuser…',
  'Approved by {name} on {date}': 'Approuvée par {name} le {date}',
  'Rejected by {name} on {date}': 'Refusée par {name} le {date}',
  'a buyer admin': 'un acheteur administrateur',
  'No comment.': 'Aucun commentaire.',
  'How the price of {sku} was reached': 'Comment le prix de {sku} a été établi',
  'qty column|Shipped': 'Expédié',
  Timeline: 'Historique',
  'No details were kept for this older order.':
    'Aucun détail n’a été conservé pour cette commande plus ancienne.',
  Delivery: 'Livraison',
  Deliveries: 'Livraisons',
  'Lines in this delivery': 'Lignes de cette livraison',
  'Wanted by {date} · {method}': 'Souhaitée pour le {date} · {method}',
  'Not shipped yet': 'Pas encore expédiée',
  'Standard shipping': 'Livraison standard',
  'Express shipping': 'Livraison express',
  Freight: 'Fret',
  Shipments: 'Envois',
  'Shipment {number}': 'Envoi {number}',
  '{count} unit': '{count} unité',
  '{count} units': '{count} unités',
  'Track {carrier} parcel {tracking} (opens in a new tab)':
    'Suivre le colis {carrier} {tracking} (s’ouvre dans un nouvel onglet)',
  '{quantity} × {name}': '{quantity} × {name}',
  'Nothing has shipped yet.': 'Rien n’a encore été expédié.',
  'Nothing was added to the cart': 'Rien n’a été ajouté au panier',

  // Cancel, approve, reject
  'Cancel order {number}?': 'Annuler la commande {number}?',
  'The whole order is cancelled and nothing ships. A card payment is voided; an order on terms no longer uses your credit.':
    'Toute la commande est annulée et rien n’est expédié. Un paiement par carte est annulé; une commande à terme n’utilise plus votre crédit.',
  'Reason (optional)': 'Motif (facultatif)',
  'Kept on the order’s timeline.': 'Conservé dans l’historique de la commande.',
  'The order was not cancelled': 'La commande n’a pas été annulée',
  'Keep the order': 'Conserver la commande',
  'Cancel order': 'Annuler la commande',
  'Approve order {number}': 'Approuver la commande {number}',
  'Reject order {number}': 'Refuser la commande {number}',
  'The order goes ahead to the supplier, and {name} is notified.':
    'La commande est transmise au fournisseur et un avis est envoyé à {name}.',
  'The order is cancelled and {name} is notified; a card payment is voided.':
    'La commande est annulée et un avis est envoyé à {name}; un paiement par carte est annulé.',
  'Comment for the buyer (optional)': 'Commentaire pour l’acheteur (facultatif)',
  'Reason for the buyer (optional)': 'Motif pour l’acheteur (facultatif)',
  'Approve order': 'Approuver la commande',
  'Reject order': 'Refuser la commande',
  'Order {number} approved.': 'Commande {number} approuvée.',
  'Order {number} rejected and cancelled.': 'Commande {number} refusée et annulée.',
  'Nothing was changed': 'Aucune modification n’a été faite',
  'The server did not confirm the change. Reload to check whether it was made.':
    'Le serveur n’a pas confirmé la modification. Actualisez la page pour vérifier si elle a été faite.',

  // Approvals page
  'Only buyer admins approve orders': 'Seuls les acheteurs administrateurs approuvent les commandes',
  'Orders above a buyer’s limit wait for a buyer admin of the account.':
    'Les commandes au-delà de la limite d’un acheteur attendent un acheteur administrateur du compte.',
  'Orders of {account} above a buyer’s order limit, oldest first.':
    'Commandes de {account} au-delà de la limite de commande d’un acheteur, les plus anciennes d’abord.',
  'We couldn’t load the orders waiting for approval':
    'Impossible de charger les commandes en attente d’approbation',
  '{count} order waits for approval': '{count} commande attend une approbation',
  '{count} orders wait for approval': '{count} commandes attendent une approbation',
  'Nothing waits for approval': 'Aucune commande n’attend d’approbation',
  'Orders above a buyer’s order limit show up here for you to approve or reject.':
    'Les commandes au-delà de la limite de commande d’un acheteur s’affichent ici pour que vous les approuviez ou les refusiez.',
  Decision: 'Décision',

  // Notifications
  Notifications: 'Notifications',
  'one|Notifications, {count} unread': 'Notifications, {count} non lue',
  'Notifications, {count} unread': 'Notifications, {count} non lues',
  'Unread:': 'Non lue\u00a0:',
  'Mark all read': 'Tout marquer comme lu',
  'Mark read': 'Marquer comme lue',
  'We couldn’t load your notifications': 'Impossible de charger vos notifications',
  'Loading notifications…': 'Chargement des notifications…',
  'No notifications yet. Orders placed, approved and shipped show up here.':
    'Aucune notification pour l’instant. Les commandes passées, approuvées et expédiées s’afficheront ici.',
  'See all notifications': 'Voir toutes les notifications',
  'Orders placed, waiting for approval, approved, shipped and delivered.':
    'Commandes passées, en attente d’approbation, approuvées, expédiées et livrées.',
  Show: 'Afficher',
  Unread: 'Non lues',
  'Unread ({count})': 'Non lues ({count})',
  'You’re all caught up': 'Vous êtes à jour',
  'No notifications yet': 'Aucune notification pour l’instant',
  'Every notification has been read.': 'Toutes les notifications ont été lues.',
  '{count} notification': '{count} notification',
  '{count} notifications': '{count} notifications',
  'Pages of notifications': 'Pages des notifications',

  // Fulfilment
  'Orders to ship': 'Commandes à expédier',
  'Search orders to ship': 'Chercher dans les commandes à expédier',
  'Order number, PO number, account, SKU or product':
    'Nº de commande, nº de bon de commande, compte, UGS ou produit',
  'We couldn’t load the orders to ship': 'Impossible de charger les commandes à expédier',
  'No orders to ship match “{q}”': 'Aucune commande à expédier ne correspond à «\u00a0{q}\u00a0»',
  'Nothing to ship': 'Rien à expédier',
  'Check the order number, or search by account, SKU or product.':
    'Vérifiez le numéro de commande, ou cherchez par compte, par UGS ou par produit.',
  'Every placed and approved order has shipped. New orders show up here.':
    'Toutes les commandes passées et approuvées ont été expédiées. Les nouvelles commandes s’afficheront ici.',
  '{count} order to ship': '{count} commande à expédier',
  '{count} orders to ship': '{count} commandes à expédier',
  'Ship…': 'Expédier…',
  // Fulfilment: shipped orders awaiting delivery
  'Orders of every account, oldest first: goods to ship, then shipped orders to confirm delivered.':
    'Commandes de tous les comptes, les plus anciennes d’abord\u00a0: marchandises à expédier, puis commandes expédiées dont la livraison reste à confirmer.',
  '{stage} ({count})': '{stage} ({count})',
  'To ship': 'À expédier',
  'Awaiting delivery': 'En attente de livraison',
  'Orders awaiting delivery': 'Commandes en attente de livraison',
  'Search orders awaiting delivery': 'Chercher dans les commandes en attente de livraison',
  'We couldn’t load the orders awaiting delivery':
    'Impossible de charger les commandes en attente de livraison',
  'No orders awaiting delivery match “{q}”':
    'Aucune commande en attente de livraison ne correspond à «\u00a0{q}\u00a0»',
  'Nothing awaiting delivery': 'Aucune livraison à confirmer',
  'Orders shipped in full show up here until you mark them delivered.':
    'Les commandes expédiées en entier s’affichent ici jusqu’à ce que vous les marquiez comme livrées.',
  'See the orders awaiting delivery ({count})': 'Voir les commandes en attente de livraison ({count})',
  'See the orders to ship ({count})': 'Voir les commandes à expédier ({count})',
  '{count} order awaiting delivery': '{count} commande en attente de livraison',
  '{count} orders awaiting delivery': '{count} commandes en attente de livraison',
  'date column|Shipped': 'Date d’expédition',
  'Shipped {date}': 'Expédiée le {date}',
  Tracking: 'Suivi',
  'and {count} earlier shipment': 'et {count} envoi précédent',
  'and {count} earlier shipments': 'et {count} envois précédents',

  Account: 'Compte',
  'Wanted by': 'Souhaitée pour le',
  'Wanted by {date}': 'Souhaitée pour le {date}',
  'This order isn’t in the fulfilment queue': 'Cette commande n’est pas dans la file des expéditions',
  'It may have been delivered or cancelled, or still wait for approval. Search the queue for another order.':
    'Elle a peut-être été livrée ou annulée, ou elle attend encore une approbation. Cherchez une autre commande dans la file.',
  'Go to the fulfilment queue': 'Voir la file des expéditions',
  'Ship order {number}': 'Expédier la commande {number}',
  'Note from the buyer': 'Note de l’acheteur',
  'No delivery details were kept for this older order.':
    'Aucun détail de livraison n’a été conservé pour cette commande plus ancienne.',
  'You ship this site’s orders: record a shipment with its tracking number.':
    'Vous expédiez les commandes de ce site\u00a0: enregistrez un envoi avec son numéro de suivi.',
  'Everything on this order has shipped. Mark it delivered once the buyer has it.':
    'Tout le contenu de cette commande a été expédié. Marquez-la comme livrée dès que l’acheteur l’a reçue.',
  'Everything on this order has shipped.': 'Tout le contenu de cette commande a été expédié.',
  'Create shipment': 'Créer un envoi',
  'Mark delivered': 'Marquer comme livrée',
  'Marked delivered': 'Marquée comme livrée',
  'Order {number} is delivered; the buyers have been notified.':
    'La commande {number} est livrée; les acheteurs ont été avisés.',
  'Mark delivered…': 'Marquer comme livrée…',
  'Mark order {number} delivered…': 'Marquer la commande {number} comme livrée…',
  'Mark order {number} delivered?': 'Marquer la commande {number} comme livrée?',
  'Confirm that {account} has received everything on this order.':
    'Confirmez que {account} a reçu tout le contenu de cette commande.',
  'Confirm that the buyer has received everything on this order.':
    'Confirmez que l’acheteur a reçu tout le contenu de cette commande.',
  'The buyers are notified, and the order leaves the fulfilment queue. This can’t be undone.':
    'Les acheteurs sont avisés et la commande quitte la file des expéditions. Cette action est irréversible.',
  'Not yet': 'Pas encore',
  'Confirm delivery': 'Confirmer la livraison',
  'Back to the orders awaiting delivery': 'Retour aux commandes en attente de livraison',
  'This order has been delivered: nothing is left to do here.':
    'Cette commande a été livrée\u00a0: il ne reste rien à faire ici.',
  'Shipment recorded: {carrier} {tracking}': 'Envoi enregistré\u00a0: {carrier} {tracking}',
  '{count} unit is on its way; the buyers have been notified.':
    '{count} unité est en route; les acheteurs ont été avisés.',
  '{count} units are on their way; the buyers have been notified.':
    '{count} unités sont en route; les acheteurs ont été avisés.',
  'What ships': 'Ce qui est expédié',
  'Everything remaining': 'Tout ce qui reste',
  '{count} unit to ship': '{count} unité à expédier',
  '{count} units to ship': '{count} unités à expédier',
  'Lines to ship': 'Lignes à expédier',
  'Quantities start at what remains; lower them to ship part of a line, or set 0 to leave it.':
    'Les quantités correspondent à ce qui reste; réduisez-les pour expédier une partie d’une ligne, ou inscrivez 0 pour la laisser de côté.',
  Ordered: 'Commandé',
  'Ship now': 'À expédier',
  'Units of {sku} to ship now': 'Unités de {sku} à expédier maintenant',
  'of {count}': 'sur {count}',
  Carrier: 'Transporteur',
  'Choose a carrier': 'Choisissez un transporteur',
  'Other carrier': 'Autre transporteur',
  'Carrier name': 'Nom du transporteur',
  'Tracking number': 'Numéro de suivi',
  'Tracking link (optional)': 'Lien de suivi (facultatif)',
  'Leave it empty to use the carrier’s own tracking page.':
    'Laissez le champ vide pour utiliser la page de suivi du transporteur.',
  'Choose the carrier.': 'Choisissez le transporteur.',
  'Enter the tracking number.': 'Entrez le numéro de suivi.',
  'Enter a whole number of units.': 'Entrez un nombre entier d’unités.',
  'Only {count} left to ship.': 'Il n’en reste que {count} à expédier.',
  'Ship at least one unit.': 'Expédiez au moins une unité.',
  'The shipment was not recorded': 'L’envoi n’a pas été enregistré',

  // Account users and order limits
  'Users and order limits': 'Utilisateurs et limites de commande',
  'Only buyer admins manage the account’s users':
    'Seuls les acheteurs administrateurs gèrent les utilisateurs du compte',
  'Ask a buyer admin of your account if your order limit should change.':
    'Si votre limite de commande doit changer, adressez-vous à un acheteur administrateur de votre compte.',
  'People of {account}. Orders above a person’s limit wait for a buyer admin’s approval; an empty limit means no limit.':
    'Personnes de {account}. Les commandes au-delà de la limite d’une personne attendent l’approbation d’un acheteur administrateur; une limite vide signifie aucune limite.',
  'People of {account} and their order limits (read-only: the account’s buyer admins change them).':
    'Personnes de {account} et leurs limites de commande (lecture seule\u00a0: les acheteurs administrateurs du compte les modifient).',
  'We couldn’t load the account’s users': 'Impossible de charger les utilisateurs du compte',
  'Loading users…': 'Chargement des utilisateurs…',
  'No users yet': 'Aucun utilisateur pour l’instant',
  'People who sign in for this account show up here.':
    'Les personnes qui se connectent pour ce compte s’afficheront ici.',
  Roles: 'Rôles',
  'Order limit': 'Limite de commande',
  'Order limit: none': 'Limite de commande\u00a0: aucune',
  'Order limit: {amount}': 'Limite de commande\u00a0: {amount}',
  'No limit': 'Aucune limite',
  'Order limit ({currency})': 'Limite de commande ({currency})',
  'Order limit of {name} ({currency})': 'Limite de commande de {name} ({currency})',
  'That amount is too large.': 'Ce montant est trop élevé.',
  'Enter an amount like {example}, or leave it empty for no limit.':
    'Entrez un montant comme {example}, ou laissez le champ vide pour aucune limite.',
  'This is already the limit.': 'C’est déjà la limite.',
  'Order limit of {name} set to {amount}.': 'Limite de commande de {name} fixée à {amount}.',
  '{name} has no order limit now.': '{name} n’a plus de limite de commande.',
  Buyer: 'Acheteur',
  'Buyer admin': 'Acheteur administrateur',
  'Partner user': 'Utilisateur partenaire',
  'Partner manager': 'Gestionnaire partenaire',
  'Sales rep': 'Représentant commercial',
  'Account manager': 'Gestionnaire de compte',
  'Field rep': 'Représentant terrain',
  'Rebate manager': 'Gestionnaire des remises',
  'Site admin': 'Administrateur du site',

  // Lists (wishlists)
  'Products your account orders often, ready to add to the cart in one go.':
    'Les produits que votre compte commande souvent, prêts à être ajoutés au panier d’un seul coup.',
  'New list': 'Nouvelle liste',
  'We couldn’t load your lists': 'Impossible de charger vos listes',
  'Loading lists…': 'Chargement des listes…',
  'No lists yet': 'Aucune liste pour l’instant',
  'Create a list here, or use “Add to list” on a product’s page.':
    'Créez une liste ici, ou utilisez «\u00a0Ajouter à une liste\u00a0» sur la page d’un produit.',
  'changed {date}': 'modifiée le {date}',
  Open: 'Ouvrir',
  Rename: 'Renommer',
  'Rename {name}': 'Renommer {name}',
  Delete: 'Supprimer',
  'Delete {name}': 'Supprimer {name}',
  'List renamed to “{name}”.': 'Liste renommée «\u00a0{name}\u00a0».',
  'List “{name}” deleted.': 'Liste «\u00a0{name}\u00a0» supprimée.',
  'Rename list': 'Renommer la liste',
  'List name': 'Nom de la liste',
  'Everyone who orders for the account sees its lists.':
    'Toutes les personnes qui commandent pour le compte voient ses listes.',
  'e.g. Weekly espresso restock': 'p.\u00a0ex. Réapprovisionnement hebdomadaire en espresso',
  'Give the list a name.': 'Donnez un nom à la liste.',
  'Create list': 'Créer la liste',
  'Delete “{name}”?': 'Supprimer «\u00a0{name}\u00a0»?',
  'The list and its {count} item are deleted for everyone in the account.':
    'La liste ({count} article) est supprimée pour tout le monde dans le compte.',
  'The list and its {count} items are deleted for everyone in the account.':
    'La liste ({count} articles) est supprimée pour tout le monde dans le compte.',
  'Keep the list': 'Conserver la liste',
  'Delete list': 'Supprimer la liste',
  'This list no longer exists.': 'Cette liste n’existe plus.',
  List: 'Liste',
  'All lists': 'Toutes les listes',
  'We couldn’t load this list': 'Impossible de charger cette liste',
  'Loading the list…': 'Chargement de la liste…',
  'List not found': 'Liste introuvable',
  'We can’t find this list': 'Impossible de trouver cette liste',
  'It may have been deleted, or it belongs to another account.':
    'Elle a peut-être été supprimée, ou elle appartient à un autre compte.',
  'Go to your lists': 'Voir vos listes',
  'This list is empty': 'Cette liste est vide',
  'Add products below by SKU, or use “Add to list” on a product’s page.':
    'Ajoutez des produits ci-dessous par UGS, ou utilisez «\u00a0Ajouter à une liste\u00a0» sur la page d’un produit.',
  'Add all to cart': 'Tout ajouter au panier',
  'Add selected to cart ({count})': 'Ajouter la sélection au panier ({count})',
  'Remove selected': 'Retirer la sélection',
  '{count} product removed from the list.': '{count} produit retiré de la liste.',
  '{count} products removed from the list.': '{count} produits retirés de la liste.',
  '{name} removed from the list.': '{name} retiré de la liste.',
  'Products on this list': 'Produits de cette liste',
  'Select every product': 'Sélectionner tous les produits',
  'Select {name}': 'Sélectionner {name}',
  Added: 'Ajouté le',
  'Add a product to this list': 'Ajouter un produit à cette liste',
  'Enter a SKU.': 'Entrez une UGS.',
  'Enter a quantity of 1 or more.': 'Entrez une quantité de 1 ou plus.',
  '{sku} added to the list.': '{sku} ajouté à la liste.',
  'Add to list': 'Ajouter à une liste',
  'Add {name} to a list': 'Ajouter {name} à une liste',
  'A new list': 'Une nouvelle liste',
  'Choose a list.': 'Choisissez une liste.',
  'Added to “{list}”.': 'Ajouté à «\u00a0{list}\u00a0».',
  'View list': 'Voir la liste',
  'Quantity of {name}': 'Quantité de {name}',
  'Enter a whole number from 1 to {max}.': 'Entrez un nombre entier de 1 à {max}.',

  // Also in the cart's and pricing administration's dictionaries (theirs win): kept here so these pages
  // stay translated if those texts change there.
  Cancel: 'Annuler',
  Close: 'Fermer',
  Dismiss: 'Fermer le message',
  Save: 'Enregistrer',
  Actions: 'Actions',
  All: 'Toutes',
  System: 'Système',
  Card: 'Carte',
  'Purchase order': 'Bon de commande',
  Payment: 'Paiement',
  Shipping: 'Livraison',
  Remove: 'Retirer',
  'Remove {name}': 'Retirer {name}',
  'Delivery {number}': 'Livraison {number}',
  'Delivery {number} · {place}': 'Livraison {number} · {place}',
  'Offers from your supplier': 'Offres de votre fournisseur',
  'How is it calculated?': 'Comment est-il calculé?',
  'Hide price details': 'Masquer le détail du prix',
  'Go to the cart': 'Aller au panier',
  'The server did not confirm the change.': 'Le serveur n’a pas confirmé la modification.',
  '{count} line added to the cart': '{count} ligne ajoutée au panier',
  '{count} lines added to the cart': '{count} lignes ajoutées au panier',
  '{count} line added to {name}’s cart': '{count} ligne ajoutée au panier de {name}',
  '{count} lines added to {name}’s cart': '{count} lignes ajoutées au panier de {name}',
};
