import type { Messages } from './translate';

/*
 * Canadian French for pricing administration (features/pricing-admin: price books, volume tiers,
 * promotions, CSV import and export, audit trail), merged into the fr-CA dictionary. Texts shared with
 * the rest of the portal ("Name", "Status", "SKU", "Price book", …) are in fr-CA.ts and fr-CA.catalog.ts.
 * Vocabulary as in the catalog: liste de prix (price book), prix courant (list price), palier (tier),
 * remise (discount), UGS (SKU).
 */
export const frCAPricingAdmin: Messages = {
  // Navigation and shared pieces
  Pricing: 'Tarification',
  'Pricing administration': 'Administration des prix',
  'Price books': 'Listes de prix',
  'Volume tiers': 'Paliers de volume',
  Promotions: 'Promotions',
  'Import & export': 'Importation et exportation',
  'Audit trail': 'Journal des modifications',
  Dismiss: 'Fermer le message',
  Close: 'Fermer',
  'Someone else changed this': 'Quelqu’un d’autre a modifié cet élément',
  'It was changed after you opened it, so your changes were not saved. Reload to see the current version, then make your changes again.':
    'Il a été modifié après que vous l’avez ouvert; vos changements n’ont donc pas été enregistrés. Rechargez-le pour voir la version actuelle, puis refaites vos changements.',
  Reload: 'Recharger',
  'Nothing was saved': 'Rien n’a été enregistré',
  '{count} problem needs fixing.': '{count} problème à corriger.',
  '{count} problems need fixing.': '{count} problèmes à corriger.',
  'See the marked fields.': 'Voyez les champs signalés.',
  'The server did not confirm the change. Reload to check whether it was saved.':
    'Le serveur n’a pas confirmé la modification. Rechargez la page pour vérifier si elle a été enregistrée.',
  'Enter a whole number from 0 to 1000.': 'Entrez un nombre entier de 0 à 1000.',
  'Enter an amount like 12.50.': 'Entrez un montant comme 12,50.',
  Cancel: 'Annuler',
  Save: 'Enregistrer',
  'Save changes': 'Enregistrer les modifications',
  Edit: 'Modifier',
  'Edit {name}': 'Modifier {name}',
  Clear: 'Effacer',
  Actions: 'Actions',
  Currency: 'Devise',
  Active: 'Active',
  Priority: 'Priorité',
  'Buyer groups': 'Groupes d’acheteurs',
  'Buyer group': 'Groupe d’acheteurs',
  Prices: 'Prix',
  'Percent off': 'Remise en %',
  'Amount off per unit': 'Remise par unité',
  '{percent}% off': '{percent}\u00a0% de remise',
  '{amount} off each unit': '{amount} de remise par unité',

  // Price books
  'Prices per currency: the list prices everyone gets, and books for buyer groups.':
    'Les prix par devise\u00a0: les prix courants offerts à tous, et des listes pour des groupes d’acheteurs.',
  'New price book': 'Nouvelle liste de prix',
  'We couldn’t load the price books': 'Impossible de charger les listes de prix',
  'Loading price books…': 'Chargement des listes de prix…',
  'No price books yet': 'Aucune liste de prix pour l’instant',
  'Create a price book for each currency you sell in.':
    'Créez une liste de prix pour chaque devise dans laquelle vous vendez.',
  '{count} price book': '{count} liste de prix',
  '{count} price books': '{count} listes de prix',
  'Price book “{name}” created.': 'Liste de prix «\u00a0{name}\u00a0» créée.',
  'Price book “{name}” saved.': 'Liste de prix «\u00a0{name}\u00a0» enregistrée.',
  'List prices': 'Prix courants',
  'Buyer-group book': 'Liste d’un groupe d’acheteurs',
  '{count} price set': '{count} prix fixé',
  '{count} prices set': '{count} prix fixés',
  'Every buyer without a group book': 'Tout acheteur sans liste de groupe',
  '{group} (priority {priority})': '{group} (priorité {priority})',
  'No buyer groups yet': 'Aucun groupe d’acheteurs pour l’instant',
  'book|Active': 'Active',
  'book|Inactive': 'Inactive',
  'Prices from': 'Provenance des prix',
  'Prices set': 'Prix fixés',
  'Prices of its own': 'Ses propres prix',
  'Derived from {book}': 'Dérivée de {book}',
  'Derived from {book} at {rate}, rounded to the cent':
    'Dérivée de {book} au taux de {rate}, arrondie au cent',
  'Derived from {book} at {rate}, rounded to .49/.99':
    'Dérivée de {book} au taux de {rate}, arrondie à ,49/,99',
  'Derived from {book} at {rate}, rounded to whole units':
    'Dérivée de {book} au taux de {rate}, arrondie à l’unité',
  'Derived from {book} at {rate}': 'Dérivée de {book} au taux de {rate}',
  'To the cent': 'Au cent près',
  'To the nearest .49 or .99': 'Au prix en ,49 ou ,99 le plus proche',
  'To a whole unit': 'À l’unité près',

  // Price book form
  'Fixed once the book exists.': 'Ne peut plus changer une fois la liste créée.',
  'Three-letter code, e.g. USD or CAD.': 'Code de trois lettres, p.\u00a0ex. USD ou CAD.',
  'Pricing ignores inactive books.': 'Le calcul des prix ne tient pas compte des listes inactives.',
  'Where prices come from': 'Provenance des prix',
  'A derived book converts another currency’s book; prices set here override it.':
    'Une liste dérivée convertit la liste d’une autre devise; les prix fixés ici la remplacent.',
  'Conversion rate': 'Taux de conversion',
  '{to} per 1 {from}, e.g. 1.36': '{to} pour 1 {from}, p.\u00a0ex. 1.36',
  'Units of this currency per unit of the source’s, e.g. 1.36':
    'Unités de cette devise pour une unité de celle de la source, p.\u00a0ex. 1.36',
  Rounding: 'Arrondi',
  'Choose how to round': 'Choisissez l’arrondi',
  'This book holds the list prices: it applies to every buyer without a group book, so it has no buyer groups.':
    'Cette liste contient les prix courants\u00a0: elle s’applique à tout acheteur sans liste de groupe, elle n’a donc aucun groupe d’acheteurs.',
  'Buyers in these groups get this book’s prices. When several books apply, the lowest priority number wins under the priority strategy.':
    'Les acheteurs de ces groupes obtiennent les prix de cette liste. Si plusieurs listes s’appliquent, le plus petit numéro de priorité l’emporte selon la stratégie par priorité.',
  'No buyer groups: nobody gets these prices yet.':
    'Aucun groupe d’acheteurs\u00a0: personne n’obtient encore ces prix.',
  'Choose a group': 'Choisissez un groupe',
  'Choose a buyer group.': 'Choisissez un groupe d’acheteurs.',
  'Remove buyer group {number}': 'Retirer le groupe d’acheteurs {number}',
  'Add a buyer group': 'Ajouter un groupe d’acheteurs',
  'Create price book': 'Créer la liste de prix',

  // A book's prices
  '← All price books': '← Toutes les listes de prix',
  'All price books': 'Toutes les listes de prix',
  'We couldn’t load this price book': 'Impossible de charger cette liste de prix',
  'Loading the price book…': 'Chargement de la liste de prix…',
  'Price book not found': 'Liste de prix introuvable',
  'It may have been removed, or the link is incomplete.':
    'Elle a peut-être été supprimée, ou le lien est incomplet.',
  '{count} price set in this book': '{count} prix fixé dans cette liste',
  '{count} prices set in this book': '{count} prix fixés dans cette liste',
  'Inactive: pricing ignores it': 'Inactive\u00a0: le calcul des prix n’en tient pas compte',
  'Search this book’s prices': 'Rechercher dans les prix de cette liste',
  'Search by SKU or name': 'Rechercher par UGS ou par nom',
  'Only prices set in this book': 'Seulement les prix fixés dans cette liste',
  'We couldn’t load the prices': 'Impossible de charger les prix',
  'Loading prices…': 'Chargement des prix…',
  'No products match': 'Aucun produit ne correspond',
  'No products yet': 'Aucun produit pour l’instant',
  'No SKU or name contains “{q}”.': 'Aucune UGS ni aucun nom ne contient «\u00a0{q}\u00a0».',
  'No prices are set in this book itself yet.': 'Aucun prix n’est encore fixé dans cette liste même.',
  'Products of the catalog show up here.': 'Les produits du catalogue s’affichent ici.',
  'Pages of prices': 'Pages de prix',
  'Effective price': 'Prix en vigueur',
  Override: 'Prix propre',
  'Override in this book': 'Prix propre à cette liste',
  'Price in this book': 'Prix dans cette liste',
  'Not set': 'Non fixé',
  'No price': 'Aucun prix',
  override: 'propre',
  derived: 'dérivé',
  'Edit the price of {sku}': 'Modifier le prix de {sku}',
  'Price of {sku} in {currency}': 'Prix de {sku} en {currency}',
  'The price was refused.': 'Le prix a été refusé.',
  '{sku}: price set to {price}.': '{sku}\u00a0: prix fixé à {price}.',
  '{sku}: price removed from this book.': '{sku}\u00a0: prix retiré de cette liste.',
  'Enter a price, or use Clear to remove it from this book.':
    'Entrez un prix, ou utilisez Effacer pour le retirer de cette liste.',

  // Volume tiers
  'Quantity discounts per product and currency, applied before promotions.':
    'Remises sur quantité par produit et par devise, appliquées avant les promotions.',
  'Choose a product': 'Choisir un produit',
  'Enter a SKU (or search by name) and a currency to see and edit its tiers.':
    'Entrez une UGS (ou cherchez par nom) et une devise pour voir et modifier ses paliers.',
  'Product SKU': 'UGS du produit',
  'e.g. NB-WB-001, or part of a name': 'p.\u00a0ex. NB-WB-001, ou une partie du nom',
  'Show tiers': 'Afficher les paliers',
  'We couldn’t load the tiers': 'Impossible de charger les paliers',
  'Loading tiers…': 'Chargement des paliers…',
  'No product with SKU {sku}': 'Aucun produit avec l’UGS {sku}',
  'Check the SKU, or search for the product by name.': 'Vérifiez l’UGS, ou cherchez le produit par son nom.',
  'last changed {date}': 'modifié le {date}',
  'no tiers yet': 'aucun palier pour l’instant',
  'How tiers price a quantity': 'Façon dont les paliers fixent le prix d’une quantité',
  'tier mode|Slab': 'Par seuil',
  'tier mode|Range': 'Par tranche',
  'The whole quantity is priced at the tier it reaches: with tiers from 10 and from 25, all 30 units of a line of 30 get the second tier’s price.':
    'Toute la quantité est facturée au palier qu’elle atteint\u00a0: avec des paliers à partir de 10 et de 25, les 30 unités d’une ligne de 30 obtiennent le prix du deuxième palier.',
  'Each unit is priced at the tier of its position: with tiers from 10 and from 25, units 1–9 of a line of 30 pay the book price, units 10–24 the first tier’s and units 25–30 the second’s.':
    'Chaque unité est facturée au palier correspondant à son rang\u00a0: avec des paliers à partir de 10 et de 25, sur une ligne de 30, les unités 1 à 9 paient le prix de la liste, les unités 10 à 24 celui du premier palier et les unités 25 à 30 celui du deuxième.',
  Tiers: 'Paliers',
  '“From” is included and “Up to” is not: 10 up to 25 covers 10 to 24 units. Quantities below the first tier pay the price of the book.':
    '«\u00a0À partir de\u00a0» est inclus, «\u00a0Jusqu’à\u00a0» ne l’est pas\u00a0: de 10 jusqu’à 25 couvre 10 à 24 unités. Les quantités sous le premier palier paient le prix de la liste.',
  From: 'À partir de',
  'Up to (not included)': 'Jusqu’à (exclu)',
  'and above': 'et plus',
  Adjustment: 'Ajustement',
  Value: 'Valeur',
  Meaning: 'Signification',
  '{field}, tier {number}': '{field}, palier {number}',
  'Tier {number}': 'Palier {number}',
  'Remove tier {number}': 'Retirer le palier {number}',
  'Fixed unit price': 'Prix unitaire fixe',
  'Add a tier': 'Ajouter un palier',
  'Save tiers': 'Enregistrer les paliers',
  'Remove all tiers': 'Retirer tous les paliers',
  'No tiers: saving now removes this product’s volume pricing in {currency}.':
    'Aucun palier\u00a0: enregistrer maintenant retire les prix selon le volume de ce produit en {currency}.',
  'No tiers yet. Add the first one.': 'Aucun palier pour l’instant. Ajoutez le premier.',
  '{from} units and above': '{from} unités et plus',
  '{from} units': '{from} unités',
  '{from}–{to} units': '{from} à {to} unités',
  '{amount} per unit': '{amount} l’unité',
  '{range}: {effect}': '{range}\u00a0: {effect}',
  '“From” must be a whole number of at least 1.':
    '«\u00a0À partir de\u00a0» doit être un nombre entier d’au moins 1.',
  '“Up to” must be a whole number above “From”, or empty for “and above”.':
    '«\u00a0Jusqu’à\u00a0» doit être un nombre entier supérieur à «\u00a0À partir de\u00a0», ou vide pour «\u00a0et plus\u00a0».',
  'This tier is empty: “Up to” must be above “From”.':
    'Ce palier est vide\u00a0: «\u00a0Jusqu’à\u00a0» doit être supérieur à «\u00a0À partir de\u00a0».',
  'Gap: quantities {from} to {to} fall in no tier.':
    'Trou\u00a0: les quantités {from} à {to} ne tombent dans aucun palier.',
  'Overlap: the tier before runs up to {quantity}; start this one there.':
    'Chevauchement\u00a0: le palier précédent va jusqu’à {quantity}; commencez celui-ci à cette quantité.',
  'Only the last tier can be “and above”.': 'Seul le dernier palier peut être «\u00a0et plus\u00a0».',
  'Enter a percentage above 0 and at most 100.': 'Entrez un pourcentage supérieur à 0 et d’au plus 100.',
  'Every “From” and “Up to” must be a whole number (leave “Up to” empty for “and above”).':
    'Chaque «\u00a0À partir de\u00a0» et «\u00a0Jusqu’à\u00a0» doit être un nombre entier (laissez «\u00a0Jusqu’à\u00a0» vide pour «\u00a0et plus\u00a0»).',
  '{count} tier saved for {sku} in {currency}.': '{count} palier enregistré pour {sku} en {currency}.',
  '{count} tiers saved for {sku} in {currency}.': '{count} paliers enregistrés pour {sku} en {currency}.',
  'Volume tiers removed for {sku} in {currency}.': 'Paliers de volume retirés pour {sku} en {currency}.',

  // Promotions
  'Discounts by product, category and buyer group, with dates, coupons and stacking rules.':
    'Remises par produit, catégorie et groupe d’acheteurs, avec dates, coupons et règles de cumul.',
  'New promotion': 'Nouvelle promotion',
  All: 'Toutes',
  'promotion|Active': 'En cours',
  'promotion|Scheduled': 'Planifiée',
  'promotion|Expired': 'Terminée',
  'promotion|Inactive': 'Inactive',
  'We couldn’t load the promotions': 'Impossible de charger les promotions',
  'Loading promotions…': 'Chargement des promotions…',
  'No promotions with this status': 'Aucune promotion dans cet état',
  'No promotions yet': 'Aucune promotion pour l’instant',
  'Choose another status, or create a promotion.': 'Choisissez un autre état, ou créez une promotion.',
  'Create one to offer a discount.': 'Créez-en une pour offrir une remise.',
  '{count} promotion': '{count} promotion',
  '{count} promotions': '{count} promotions',
  'Pages of promotions': 'Pages de promotions',
  Coupon: 'Coupon',
  'coupon {code}': 'coupon {code}',
  'Stacking · priority': 'Cumul · priorité',
  'priority {priority}': 'priorité {priority}',
  Runs: 'Période',
  now: 'dès maintenant',
  'no end': 'sans fin',
  Exclusive: 'Exclusive',
  Stackable: 'Cumulable',
  'Never combined with another promotion on the same line. The buyer gets whichever is better: this promotion alone, or the stackable ones together.':
    'Jamais combinée avec une autre promotion sur la même ligne. L’acheteur obtient l’option la plus avantageuse\u00a0: cette promotion seule, ou les promotions cumulables ensemble.',
  'Combines with the other stackable promotions on the same line, applied one after another in priority order (lowest number first).':
    'Se combine avec les autres promotions cumulables sur la même ligne, appliquées l’une après l’autre par ordre de priorité (le plus petit numéro d’abord).',
  '← All promotions': '← Toutes les promotions',
  'All promotions': 'Toutes les promotions',
  'We couldn’t load this promotion': 'Impossible de charger cette promotion',
  'Loading the promotion…': 'Chargement de la promotion…',
  'Promotion not found': 'Promotion introuvable',
  'Promotion “{name}” created.': 'Promotion «\u00a0{name}\u00a0» créée.',
  'Promotion “{name}” saved.': 'Promotion «\u00a0{name}\u00a0» enregistrée.',

  // Promotion form
  'Name and description': 'Nom et description',
  'Name in French': 'Nom en français',
  'Shown to buyers using the portal in French. Empty: the name above.':
    'Affiché aux acheteurs qui utilisent le portail en français. Vide\u00a0: le nom ci-dessus.',
  'For your team; buyers don’t see it.': 'Pour votre équipe; les acheteurs ne la voient pas.',
  'Pricing ignores inactive promotions, whatever their dates.':
    'Le calcul des prix ne tient pas compte des promotions inactives, peu importe leurs dates.',
  'Kind of discount': 'Type de remise',
  'Percentage off': 'Pourcentage de remise',
  'Amount off each unit, per currency; a currency left empty gets no discount. The minimum order is optional.':
    'Montant de remise par unité, par devise; une devise laissée vide n’obtient aucune remise. La commande minimale est facultative.',
  'Optional: the minimum order amount, per currency, for the promotion to apply.':
    'Facultatif\u00a0: le montant de commande minimal, par devise, pour que la promotion s’applique.',
  'Amount off per unit ({currency})': 'Remise par unité ({currency})',
  'Minimum order ({currency})': 'Commande minimale ({currency})',
  'Minimum quantity per line': 'Quantité minimale par ligne',
  'Empty: any quantity.': 'Vide\u00a0: toute quantité.',
  'Enter a whole number, or leave it empty.': 'Entrez un nombre entier, ou laissez le champ vide.',
  When: 'Quand',
  Starts: 'Début',
  'Empty: as soon as it is saved.': 'Vide\u00a0: dès l’enregistrement.',
  Ends: 'Fin',
  'It stops applying at this moment. Empty: no end.':
    'Elle cesse de s’appliquer à ce moment. Vide\u00a0: sans fin.',
  'Enter a date and a time, or leave it empty.': 'Entrez une date et une heure, ou laissez le champ vide.',
  'What it applies to': 'À quoi elle s’applique',
  'Choose products, categories or both: a product qualifies when it is listed or is in one of the categories (or their subcategories).':
    'Choisissez des produits, des catégories ou les deux\u00a0: un produit est admissible s’il est dans la liste ou dans l’une des catégories (ou de leurs sous-catégories).',
  'Products (SKUs)': 'Produits (UGS)',
  'Type or paste SKUs; press Enter or a comma after each.':
    'Tapez ou collez des UGS; appuyez sur Entrée ou tapez une virgule après chacune.',
  'No category matches': 'Aucune catégorie ne correspond',
  'Empty: every buyer.': 'Vide\u00a0: tous les acheteurs.',
  'Coupon and combining': 'Coupon et cumul',
  'Coupon code': 'Code de coupon',
  'Buyers must enter this code to get the discount. Empty: no code needed.':
    'Les acheteurs doivent entrer ce code pour obtenir la remise. Vide\u00a0: aucun code requis.',
  'Combining with other promotions': 'Cumul avec d’autres promotions',
  '0 to 1000. Stackable promotions apply in this order, lowest first.':
    'De 0 à 1000. Les promotions cumulables s’appliquent dans cet ordre, la plus petite d’abord.',
  'Create promotion': 'Créer la promotion',

  // Import and export
  'Update products or prices from a spreadsheet saved as CSV. Every row is checked first; nothing changes unless the whole file is valid.':
    'Mettez à jour les produits ou les prix à partir d’un chiffrier enregistré en CSV. Chaque ligne est d’abord vérifiée; rien ne change si le fichier entier n’est pas valide.',
  'Import a file': 'Importer un fichier',
  'What the file holds': 'Contenu du fichier',
  'Columns:': 'Colonnes\u00a0:',
  'category is the category’s slug; attributes are written facet=value;facet=value.':
    'category est l’identifiant d’URL de la catégorie; attributes s’écrit facette=valeur;facette=valeur.',
  'price_book is the book’s name; unit_price is an amount like 12.50.':
    'price_book est le nom de la liste; unit_price est un montant comme 12.50.',
  'CSV file': 'Fichier CSV',
  'Up to 20 MB.': 'Jusqu’à 20\u00a0Mo.',
  'Choose a file': 'Choisir un fichier',
  'Check file': 'Vérifier le fichier',
  Apply: 'Appliquer',
  'Apply becomes available once a check finds no problems.':
    'Appliquer devient possible dès qu’une vérification ne trouve aucun problème.',
  'The file was not checked': 'Le fichier n’a pas été vérifié',
  'Choose a CSV file first.': 'Choisissez d’abord un fichier CSV.',
  'The file could not be read. Choose it again.': 'Impossible de lire le fichier. Choisissez-le de nouveau.',
  'The file is empty.': 'Le fichier est vide.',
  'The file is larger than 20 MB.': 'Le fichier dépasse 20\u00a0Mo.',
  'This file is {size} MB; the limit is 20 MB. Split it into smaller files.':
    'Ce fichier fait {size}\u00a0Mo; la limite est de 20\u00a0Mo. Divisez-le en fichiers plus petits.',
  Export: 'Exportation',
  'Download the current catalog or prices in the same format, to edit and import again.':
    'Téléchargez le catalogue ou les prix actuels dans le même format, pour les modifier et les importer de nouveau.',
  'Download products (CSV)': 'Télécharger les produits (CSV)',
  'Download prices (CSV)': 'Télécharger les prix (CSV)',
  'Check result': 'Résultat de la vérification',
  'Import applied': 'Importation appliquée',
  Rows: 'Lignes',
  'Valid rows': 'Lignes valides',
  Problems: 'Problèmes',
  'import|Created': 'Créés',
  'import|Updated': 'Mis à jour',
  'import|Unchanged': 'Inchangés',
  'The file was applied.': 'Le fichier a été appliqué.',
  'No problems found. Apply to make the changes.':
    'Aucun problème trouvé. Appliquez pour faire les modifications.',
  'The file has no rows to import.': 'Le fichier ne contient aucune ligne à importer.',
  '{count} problem found: fix it in the file and check again. Nothing was changed.':
    '{count} problème trouvé\u00a0: corrigez-le dans le fichier et vérifiez de nouveau. Rien n’a été modifié.',
  '{count} problems found: fix them in the file and check again. Nothing was changed.':
    '{count} problèmes trouvés\u00a0: corrigez-les dans le fichier et vérifiez de nouveau. Rien n’a été modifié.',
  'Showing the first {shown} of {count} problems.': 'Affichage des {shown} premiers problèmes sur {count}.',
  'Problems in the file': 'Problèmes dans le fichier',
  Column: 'Colonne',
  Problem: 'Problème',

  // Audit trail
  'Who changed prices, tiers, promotions and the catalog, and when. Newest first.':
    'Qui a modifié les prix, les paliers, les promotions et le catalogue, et quand. Les plus récentes d’abord.',
  'Filter the audit trail': 'Filtrer le journal des modifications',
  'Changes to': 'Modifications de',
  Everything: 'Tout',
  'Catalog imports': 'Importations du catalogue',
  'We couldn’t load the audit trail': 'Impossible de charger le journal des modifications',
  'Loading the audit trail…': 'Chargement du journal des modifications…',
  'No changes of this kind yet': 'Aucune modification de ce type pour l’instant',
  'No changes recorded yet': 'Aucune modification enregistrée pour l’instant',
  'Changes to prices, tiers, promotions and imports show up here.':
    'Les modifications des prix, des paliers, des promotions et les importations s’affichent ici.',
  '{count} change': '{count} modification',
  '{count} changes': '{count} modifications',
  'Pages of the audit trail': 'Pages du journal des modifications',
  Who: 'Qui',
  What: 'Quoi',
  Summary: 'Résumé',
  System: 'Système',
  'Price set': 'Prix fixé',
  'Price changed': 'Prix modifié',
  'Price removed': 'Prix retiré',
  'Price book created': 'Liste de prix créée',
  'Price book changed': 'Liste de prix modifiée',
  'Volume tiers saved': 'Paliers de volume enregistrés',
  'Volume tiers removed': 'Paliers de volume retirés',
  'Promotion created': 'Promotion créée',
  'Promotion changed': 'Promotion modifiée',
  'Products imported': 'Produits importés',
  'Prices imported': 'Prix importés',
};
