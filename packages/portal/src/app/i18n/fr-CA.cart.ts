import type { Messages } from './translate';

/*
 * Canadian French for the cart, quick order and checkout (features/cart, features/checkout, and their
 * "Add to cart" in the catalog and the header), merged into the fr-CA dictionary. A few words the cart
 * shares with pricing administration are repeated here with the same translation, so each dictionary
 * stands on its own. Typography as in fr-CA.ts: « » with non-breaking spaces, a non-breaking space
 * before a colon.
 */
export const frCACart: Messages = {
  // Shared with other pages (same translations)
  Cancel: 'Annuler',
  Apply: 'Appliquer',
  Dismiss: 'Fermer le message',
  Summary: 'Résumé',
  'Coupon code': 'Code de coupon',
  'Percent off': 'Remise en %',

  // Navigation, header, add to cart
  Cart: 'Panier',
  'Quick order': 'Commande rapide',
  'Cart, {count} line': 'Panier, {count} ligne',
  'Cart, {count} lines': 'Panier, {count} lignes',
  'Add to cart': 'Ajouter au panier',
  'Add {quantity} to cart': 'Ajouter {quantity} au panier',
  'View cart': 'Voir le panier',
  '{name} was not added': 'Le produit {name} n’a pas été ajouté',
  'Added {quantity} × {name} to your cart': '{quantity} × {name} ajouté à votre panier',
  'Added {quantity} × {name} to {owner}’s cart': '{quantity} × {name} ajouté au panier de {owner}',
  'Try {quantity}.': 'Essayez {quantity}.',
  'Choose an account to shop for first.': 'Choisissez d’abord le compte pour lequel vous magasinez.',
  'Use “Switch account” at the top of the page; carts and orders belong to the account you act for.':
    'Utilisez «\u00a0Changer de compte\u00a0» en haut de la page; les paniers et les commandes appartiennent au compte au nom duquel vous agissez.',
  'Enter a quantity the order rules allow.': 'Entrez une quantité permise par les règles de commande.',
  'The server did not confirm the change.': 'Le serveur n’a pas confirmé la modification.',

  // Cart page
  'Your cart': 'Votre panier',
  '{name}’s cart': 'Panier de {name}',
  'Saved cart: {name}': 'Panier enregistré\u00a0: {name}',
  'We couldn’t load the cart': 'Impossible de charger le panier',
  'Loading the cart…': 'Chargement du panier…',
  'This cart is no longer available': 'Ce panier n’est plus disponible',
  'It may have been ordered or deleted.': 'Il a peut-être été commandé ou supprimé.',
  'Go to your cart': 'Aller à votre panier',
  'Your cart is empty': 'Votre panier est vide',
  'Add products from the catalog, or paste a list of SKUs and quantities in quick order.':
    'Ajoutez des produits depuis le catalogue, ou collez une liste d’UGS et de quantités dans la commande rapide.',
  'Add many items at once with quick order': 'Ajoutez plusieurs articles d’un coup avec la commande rapide',
  'This is now your active cart.': 'C’est maintenant votre panier actif.',
  'The cart was deleted.': 'Le panier a été supprimé.',
  'This cart could not be deleted; it may have been ordered already.':
    'Impossible de supprimer ce panier; il a peut-être déjà été commandé.',
  'Delete this cart and its lines?': 'Supprimer ce panier et ses lignes?',
  'Delete cart': 'Supprimer le panier',
  'Delete cart…': 'Supprimer le panier…',
  'This cart was changed meanwhile': 'Ce panier a été modifié entre-temps',
  'Someone else changed it (the buyer or their sales rep). Here it is as it is now; check it and make your change again.':
    'Quelqu’un d’autre l’a modifié (l’acheteur ou son représentant). Le voici tel qu’il est maintenant; vérifiez-le et refaites votre modification.',
  'Shopping for {name}': 'Achats pour {name}',
  'You are working on {name}’s cart; they see your changes in their cart.':
    'Vous travaillez dans le panier de {name}; cette personne voit vos modifications dans son panier.',
  'Back to your own cart': 'Revenir à votre panier',
  'Saved cart': 'Panier enregistré',
  'Make it your active cart to add items to it, or check it out as it is.':
    'Faites-en votre panier actif pour y ajouter des articles, ou commandez-le tel quel.',
  'Make it the active cart': 'En faire le panier actif',
  'Saved as “{name}”. Your next item starts a new cart.':
    'Enregistré sous «\u00a0{name}\u00a0». Votre prochain article commencera un nouveau panier.',
  'Items you add from the catalog or quick order go to {name}’s cart.':
    'Les articles que vous ajoutez depuis le catalogue ou la commande rapide vont dans le panier de {name}.',

  // Carts switcher, save as
  Carts: 'Paniers',
  'Your cart (empty)': 'Votre panier (vide)',
  'Saved: {name}': 'Enregistré\u00a0: {name}',
  '{owner}’s saved cart: {name}': 'Panier enregistré de {owner}\u00a0: {name}',
  'Save cart as…': 'Enregistrer le panier sous…',
  'Save cart': 'Enregistrer le panier',
  'Give the cart a name.': 'Donnez un nom au panier.',
  'The cart is kept under this name, and your next item starts a new cart.':
    'Le panier est conservé sous ce nom, et votre prochain article commencera un nouveau panier.',
  'e.g. Weekly restock': 'p. ex. Réapprovisionnement hebdomadaire',

  // Delivery groups
  'Delivery {number}': 'Livraison {number}',
  'Delivery {number} · {place}': 'Livraison {number} · {place}',
  'Delivery {number} added for the earliest date: change it if needed, then move or split lines into it.':
    'Livraison {number} ajoutée à la date la plus proche\u00a0: changez-la au besoin, puis déplacez ou répartissez-y des lignes.',
  'No lines yet: move or split lines into this delivery.':
    'Aucune ligne pour l’instant\u00a0: déplacez ou répartissez des lignes dans cette livraison.',
  'Not in a delivery group': 'Dans aucune livraison',
  'Add a delivery group': 'Ajouter une livraison',
  'Ship part of the order to another store or on another date, then move or split lines into it.':
    'Expédiez une partie de la commande à un autre magasin ou à une autre date, puis déplacez ou répartissez-y des lignes.',
  'Use “Move to…” or “Split…” on a line to change where it ships.':
    'Utilisez «\u00a0Déplacer vers…\u00a0» ou «\u00a0Répartir…\u00a0» sur une ligne pour changer sa livraison.',
  'Remove delivery': 'Retirer la livraison',
  'Choose an address': 'Choisissez une adresse',
  'Desired delivery date': 'Date de livraison souhaitée',
  'Monday to Friday, from {date}': 'Du lundi au vendredi, à partir du {date}',
  'Deliveries are made Monday to Friday.': 'Les livraisons se font du lundi au vendredi.',
  'The earliest delivery with this shipping method is {date}.':
    'Avec ce mode d’expédition, la livraison la plus hâtive est le {date}.',
  'Enter a date.': 'Entrez une date.',
  'Shipping method': 'Mode d’expédition',
  'Standard (3 business days)': 'Standard (3 jours ouvrables)',
  'Express (next business day)': 'Express (jour ouvrable suivant)',
  'Freight (pallets, 5 business days)': 'Fret (palettes, 5 jours ouvrables)',
  Shipping: 'Livraison',
  'Estimated tax': 'Taxes estimées',
  'Saving…': 'Enregistrement…',

  // Lines
  'How is it calculated?': 'Comment est-il calculé?',
  'Hide price details': 'Masquer le détail du prix',
  'Move to…': 'Déplacer vers…',
  'Split…': 'Répartir…',
  Remove: 'Retirer',
  'Remove {name}': 'Retirer {name}',
  'Split {name}': 'Répartir {name}',
  'Share the {quantity} over delivery groups; the parts must add up to {quantity}.':
    'Répartissez les {quantity} entre les livraisons; les parts doivent totaliser {quantity}.',
  'Allocated {allocated} of {quantity}': '{allocated} sur {quantity} attribués',
  'The parts add up to {allocated}; they must add up to {quantity}.':
    'Les parts totalisent {allocated}; elles doivent totaliser {quantity}.',
  'Each part is a whole number of 0 or more.': 'Chaque part est un nombre entier de 0 ou plus.',
  'Give a part to at least two delivery groups (to change the group only, use “Move to…”).':
    'Attribuez une part à au moins deux livraisons (pour changer seulement de livraison, utilisez «\u00a0Déplacer vers…\u00a0»).',
  'Split the line': 'Répartir la ligne',

  // Coupons, offers
  'Coupon codes': 'Codes de coupon',
  'No coupon codes.': 'Aucun code de coupon.',
  'Enter a coupon code.': 'Entrez un code de coupon.',
  'Remove coupon {code}': 'Retirer le coupon {code}',
  'Offers from your supplier': 'Offres de votre fournisseur',
  'No offers on this cart.': 'Aucune offre sur ce panier.',
  'Why: {reason}': 'Motif\u00a0: {reason}',
  'Applied by {name} on {date}': 'Appliquée par {name} le {date}',
  'Remove offer: {offer}': 'Retirer l’offre\u00a0: {offer}',
  'Apply an offer': 'Appliquer une offre',
  Offer: 'Offre',
  'Longer payment terms': 'Modalités de paiement prolongées',
  'A discount on a category': 'Une remise sur une catégorie',
  'Payment terms (Net days)': 'Modalités de paiement (net, en jours)',
  'Choose a category': 'Choisissez une catégorie',
  'Choose a category.': 'Choisissez une catégorie.',
  Reason: 'Motif',
  'Kept with the cart and on the order.': 'Conservé avec le panier et sur la commande.',
  'Apply offer': 'Appliquer l’offre',
  'Enter the number of days.': 'Entrez le nombre de jours.',
  'Enter a percentage such as 30 or 12.5.': 'Entrez un pourcentage, par exemple 30 ou 12,5.',
  'Say why you make this offer.': 'Indiquez pourquoi vous faites cette offre.',
  'The offer was applied; the prices above include it.':
    'L’offre a été appliquée; les prix ci-dessus en tiennent compte.',

  // Summary, payment options, blockers
  'You save': 'Vous économisez',
  'Payment options': 'Modes de paiement',
  'Purchase order on Net {days} terms': 'Bon de commande, net {days} jours',
  'No purchase order: {reason}': 'Pas de bon de commande\u00a0: {reason}',
  Card: 'Carte',
  'Available credit': 'Crédit disponible',
  'Fix this before ordering': 'À corriger avant de commander',
  'Fix these {count} things before ordering': '{count} points à corriger avant de commander',
  'Check out': 'Passer à la caisse',

  // Quick order
  'Add many products at once by SKU: paste a list or upload a CSV file.':
    'Ajoutez plusieurs produits d’un coup par UGS\u00a0: collez une liste ou téléversez un fichier CSV.',
  'Paste lines': 'Coller des lignes',
  'SKU and quantity, one product per line': 'UGS et quantité, un produit par ligne',
  'Separate them with a comma, a semicolon or a tab (a spreadsheet copy works).':
    'Séparez-les par une virgule, un point-virgule ou une tabulation (une copie de tableur fonctionne).',
  'Paste at least one line: a SKU, then a quantity.':
    'Collez au moins une ligne\u00a0: une UGS, puis une quantité.',
  'This list is too long to paste; save it as a CSV file and upload it.':
    'Cette liste est trop longue pour être collée; enregistrez-la dans un fichier CSV et téléversez-le.',
  'Upload a CSV file': 'Téléverser un fichier CSV',
  'Up to 2 MB and 5,000 lines: a SKU column, then a quantity column; a header row is fine.':
    'Jusqu’à 2 Mo et 5\u00a0000 lignes\u00a0: une colonne UGS, puis une colonne quantité; une ligne d’en-tête est acceptée.',
  'Choose a CSV file.': 'Choisissez un fichier CSV.',
  'The file is larger than 2 MB; split it into smaller files.':
    'Le fichier dépasse 2 Mo; divisez-le en fichiers plus petits.',
  'Remove the file': 'Retirer le fichier',
  'Upload and add to cart': 'Téléverser et ajouter au panier',
  '{count} line added to the cart': '{count} ligne ajoutée au panier',
  '{count} lines added to the cart': '{count} lignes ajoutées au panier',
  '{count} line added to {name}’s cart': '{count} ligne ajoutée au panier de {name}',
  '{count} lines added to {name}’s cart': '{count} lignes ajoutées au panier de {name}',
  'Go to the cart': 'Aller au panier',
  'Please note': 'À noter',
  'Every line was added.': 'Toutes les lignes ont été ajoutées.',
  '{count} line was not added': '{count} ligne n’a pas été ajoutée',
  '{count} lines were not added': '{count} lignes n’ont pas été ajoutées',
  'Line {line}: {sku}': 'Ligne {line}\u00a0: {sku}',
  Why: 'Raison',
  'Suggested quantity': 'Quantité suggérée',
  'Suggested quantity: {quantity}': 'Quantité suggérée\u00a0: {quantity}',
  'Add {quantity}': 'Ajouter {quantity}',
  'Add {quantity} of {sku}': 'Ajouter {quantity} de {sku}',
  'Added {quantity}': 'Ajouté\u00a0: {quantity}',

  // Checkout
  Checkout: 'Finaliser la commande',
  '← Back to the cart': '← Retour au panier',
  'We couldn’t load the checkout': 'Impossible de charger la finalisation de la commande',
  'Loading the checkout…': 'Chargement de la commande…',
  'There is nothing to check out': 'Il n’y a rien à commander',
  'The cart is empty, or it was ordered or deleted meanwhile.':
    'Le panier est vide, ou il a été commandé ou supprimé entre-temps.',
  'You are placing this order for {name}.': 'Vous passez cette commande pour {name}.',
  Review: 'Vérification',
  'Change the cart': 'Modifier le panier',
  'Lines of delivery {number}': 'Lignes de la livraison {number}',
  'Delivery on {date} · {method}': 'Livraison le {date} · {method}',
  Payment: 'Paiement',
  'How to pay': 'Mode de paiement',
  'Purchase order': 'Bon de commande',
  'Invoiced to your account; pay within {days} days.':
    'Facturé à votre compte; payable dans les {days} jours.',
  'Card is the way to pay this order.': 'Cette commande se paie par carte.',
  'Available credit: {amount}': 'Crédit disponible\u00a0: {amount}',
  'Your PO number': 'Votre numéro de bon de commande',
  'Your own reference, shown on the order and the invoice.':
    'Votre propre référence, indiquée sur la commande et la facture.',
  'Note for the supplier (optional)': 'Note au fournisseur (facultatif)',
  'Delivery instructions, a contact on site…': 'Instructions de livraison, personne-ressource sur place…',
  'Order total': 'Total de la commande',
  'Place order · {total}': 'Passer la commande · {total}',
  'Your card is charged the total shown when the order is placed.':
    'Votre carte est débitée du total affiché au moment de la commande.',
  'The order goes on your account’s terms; the invoice follows the shipment.':
    'La commande suit les modalités de votre compte; la facture suit l’expédition.',
  'Card number': 'Numéro de carte',
  'Expiry (MM/YY)': 'Expiration (MM/AA)',
  'MM/YY': 'MM/AA',
  'Security code': 'Code de sécurité',
  'Name on the card': 'Nom sur la carte',
  'Enter the card number.': 'Entrez le numéro de carte.',
  'Check the card number: it is not valid.': 'Vérifiez le numéro de carte\u00a0: il n’est pas valide.',
  'Enter the expiry date as MM/YY.': 'Entrez la date d’expiration au format MM/AA.',
  'Enter the expiry date as MM/YY, e.g. 04/28.': 'Entrez la date d’expiration au format MM/AA, p. ex. 04/28.',
  'This card has expired.': 'Cette carte est expirée.',
  'The security code is the 3 or 4 digits on the card.':
    'Le code de sécurité est formé des 3 ou 4 chiffres inscrits sur la carte.',
  'Enter the name on the card.': 'Entrez le nom figurant sur la carte.',
  'Test cards': 'Cartes de test',
  'Payments on this site run in the sandbox: no real card is charged. Any future expiry date and any 3 digits work.':
    'Les paiements de ce site passent par le bac à sable\u00a0: aucune vraie carte n’est débitée. Toute date d’expiration future et trois chiffres quelconques conviennent.',
  approved: 'approuvée',
  declined: 'refusée',
  'declined: insufficient funds': 'refusée\u00a0: fonds insuffisants',
  'the payment service can’t be reached (nothing charged)':
    'le service de paiement est injoignable (rien n’est débité)',
  'Use test card {number}': 'Utiliser la carte de test {number}',
  Use: 'Utiliser',
  'The total changed': 'Le total a changé',
  'It was {previous} when you opened checkout; it is now {current}.':
    'Il était de {previous} quand vous avez ouvert la commande; il est maintenant de {current}.',
  'Nothing was ordered or charged. Check the order below, then place it again to confirm.':
    'Rien n’a été commandé ni débité. Vérifiez la commande ci-dessous, puis passez-la de nouveau pour confirmer.',
  'The cart isn’t ready to order': 'Le panier n’est pas prêt à être commandé',
  'Fix it in the cart': 'Corriger dans le panier',
  'Not enough credit for a purchase order': 'Crédit insuffisant pour un bon de commande',
  'Pay by card instead': 'Payer plutôt par carte',
  'Your card was declined': 'Votre carte a été refusée',
  'Nothing was ordered or charged. Try another card, or check the details with your bank.':
    'Rien n’a été commandé ni débité. Essayez une autre carte, ou vérifiez les détails auprès de votre banque.',
  'The payment didn’t go through': 'Le paiement n’a pas abouti',
  'From the payment provider: {message}': 'Message du fournisseur de paiement\u00a0: {message}',
  'Nothing was ordered or charged. Place the order again: it is safe to retry.':
    'Rien n’a été commandé ni débité. Passez la commande de nouveau\u00a0: vous pouvez réessayer sans risque.',
  'Please check the order': 'Veuillez vérifier la commande',
  'We don’t know whether the order went through': 'Nous ne savons pas si la commande a été passée',
  'Place the order again: this attempt can place only one order, so nothing is ordered twice.':
    'Passez la commande de nouveau\u00a0: cette tentative ne peut passer qu’une seule commande, rien ne sera donc commandé en double.',
  'The server did not say whether the order was placed. Place it again: this attempt cannot order twice.':
    'Le serveur n’a pas indiqué si la commande a été passée. Passez-la de nouveau\u00a0: cette tentative ne peut pas commander en double.',

  // Order page, right after checkout
  'Order {number} placed': 'Commande {number} passée',
  'It is above your order limit, so it waits for approval by a buyer admin of your account. You’ll be notified.':
    'Elle dépasse votre limite de commande\u00a0: elle attend l’approbation d’un administrateur des achats de votre compte. Vous en serez avisé.',
  'Thank you for your order. You’ll be notified when it ships.':
    'Merci de votre commande. Vous serez avisé de son expédition.',
};
