import { frCACart } from './fr-CA.cart';
import { frCACases } from './fr-CA.cases';
import { frCACatalog } from './fr-CA.catalog';
import { frCAOrders } from './fr-CA.orders';
import { frCAInvoices } from './fr-CA.invoices';
import { frCAPricingAdmin } from './fr-CA.pricing-admin';
import { frCAPayments } from './fr-CA.payments';
import type { Messages } from './translate';

/*
 * Canadian French (Québec usage) for the interface: English text → French. This module is its own
 * chunk, loaded only when the interface is shown in French (languages.ts). fr-CA.test.ts fails when a
 * t() text anywhere in src has no entry here, or an entry is no longer used.
 *
 * Typography (OQLF): « » with non-breaking spaces inside, a non-breaking space before a colon, none
 * before ? ! ; — and ’ for the apostrophe, as in the English texts.
 */
const shell: Messages = {
  // Errors (app/errors.ts)
  'Your session has ended. Please sign in again.': 'Votre session a pris fin. Veuillez vous reconnecter.',
  'You do not have access to this.': 'Vous n’avez pas accès à ce contenu.',
  'The server could not answer this request.': 'Le serveur n’a pas pu répondre à cette demande.',
  'We can’t reach the Portway server right now. Please try again in a moment.':
    'Impossible de joindre le serveur Portway pour le moment. Veuillez réessayer dans un instant.',
  'The Portway server had a problem (HTTP {status}). Please try again.':
    'Le serveur Portway a éprouvé un problème (HTTP {status}). Veuillez réessayer.',
  'The Portway server refused the request (HTTP {status}).':
    'Le serveur Portway a refusé la demande (HTTP {status}).',
  'The Portway server is not answering properly right now. Please try again.':
    'Le serveur Portway ne répond pas correctement pour le moment. Veuillez réessayer.',
  'We can’t reach the Portway server. Check your connection and try again.':
    'Impossible de joindre le serveur Portway. Vérifiez votre connexion et réessayez.',
  'Something unexpected happened. Please try again.':
    'Un problème inattendu est survenu. Veuillez réessayer.',

  // Shell, navigation, access
  'Loading Portway…': 'Chargement de Portway…',
  'Portway is unavailable': 'Portway n’est pas disponible',
  'We couldn’t load this page': 'Impossible de charger cette page',
  'Your role doesn’t include the catalog': 'Votre rôle ne donne pas accès au catalogue',
  'Your role doesn’t include order history': 'Votre rôle ne donne pas accès à l’historique des commandes',
  'Your role doesn’t include switching accounts': 'Votre rôle ne permet pas de changer de compte',
  'Your role doesn’t include the API playground': 'Votre rôle ne donne pas accès au bac à sable de l’API',
  'Your role doesn’t include managing prices': 'Votre rôle ne permet pas de gérer les prix',
  'Your role doesn’t include shipping orders': 'Votre rôle ne permet pas d’expédier les commandes',
  'Not available': 'Non disponible',
  'Ask your administrator if you need access.':
    'Si vous avez besoin d’y accéder, adressez-vous à votre administrateur.',
  Home: 'Accueil',
  Catalog: 'Catalogue',
  Orders: 'Commandes',
  'API playground': 'Bac à sable de l’API',
  'Skip to content': 'Passer au contenu',
  'Close navigation': 'Fermer la navigation',
  'Open navigation': 'Ouvrir la navigation',
  '{site} home': 'Accueil de {site}',
  'Main navigation': 'Navigation principale',
  'Loading page…': 'Chargement de la page…',
  'No account selected': 'Aucun compte sélectionné',
  'Acting for {name}': 'Au nom de {name}',
  'Acting for': 'Au nom de',
  'Site not found': 'Site introuvable',
  'There is no Portway site called “{siteCode}”.':
    'Il n’existe aucun site Portway nommé «\u00a0{siteCode}\u00a0».',
  'Choose a site': 'Choisir un site',

  // Account switcher
  'You may not act for that account.': 'Vous ne pouvez pas agir au nom de ce compte.',
  'Acting for account': 'Au nom du compte',
  'Loading accounts…': 'Chargement des comptes…',
  'Choose an account': 'Choisissez un compte',
  'Searching…': 'Recherche en cours…',
  'No accounts match': 'Aucun compte ne correspond',
  'Showing {shown} of {total}; type to search': '{shown} comptes affichés sur {total}; tapez pour chercher',
  'Switching account…': 'Changement de compte…',
  'Switch account': 'Changer de compte',

  // User menu and language
  Language: 'Langue',
  'The language could not be loaded. Check your connection and try again.':
    'Impossible de charger la langue. Vérifiez votre connexion et réessayez.',
  'Signed in as': 'Session ouverte par',
  'Changing the language…': 'Changement de langue…',
  'Sign out': 'Se déconnecter',
  'Account menu for {name}': 'Menu du compte de {name}',
  'Your language was saved, but this page could not be refreshed. Reload the page.':
    'Votre langue a été enregistrée, mais la page n’a pas pu être actualisée. Rechargez la page.',

  // Sign-in
  'The email or password is not right.': 'Le courriel ou le mot de passe est incorrect.',
  'Too many failed sign-in attempts. Try again in 1 minute.':
    'Trop de tentatives de connexion infructueuses. Réessayez dans 1 minute.',
  'Too many failed sign-in attempts. Try again in {minutes} minutes.':
    'Trop de tentatives de connexion infructueuses. Réessayez dans {minutes} minutes.',
  'Enter your email address and password.': 'Entrez votre adresse courriel et votre mot de passe.',
  'The server did not answer. Please try again.': 'Le serveur n’a pas répondu. Veuillez réessayer.',
  'Sign in to {site}': 'Connexion à {site}',
  'We can’t reach Portway right now': 'Impossible de joindre Portway pour le moment',
  'Try again': 'Réessayer',
  'You’re signed in as {name}': 'Votre session est ouverte au nom de {name}',
  'Continue to {site}': 'Continuer vers {site}',
  'Email address': 'Adresse courriel',
  Password: 'Mot de passe',
  'Sign-in failed': 'Échec de la connexion',
  'Sign in': 'Se connecter',
  'Not your site? Choose another': 'Ce n’est pas votre site? Choisissez-en un autre',

  // Site picker
  'Choose your supplier’s portal to sign in.':
    'Choisissez le portail de votre fournisseur pour vous connecter.',
  'No sites yet': 'Aucun site pour l’instant',
  'This Portway deployment has no sites configured.':
    'Aucun site n’est configuré dans ce déploiement de Portway.',
  'We couldn’t load the list of sites': 'Impossible de charger la liste des sites',
  'Loading sites…': 'Chargement des sites…',

  // Home
  'Credit approved': 'Crédit approuvé',
  'No credit — card only': 'Aucun crédit — carte seulement',
  'Credit on hold': 'Crédit suspendu',
  'Account {number}': 'Compte {number}',
  'Payment terms': 'Modalités de paiement',
  'Net {days}': 'Net {days} jours',
  'Card only': 'Carte seulement',
  'Credit limit': 'Limite de crédit',
  'Open orders': 'Commandes en cours',
  'Orders, last 12 months': 'Commandes, 12 derniers mois',
  'Spend, last 12 months': 'Achats, 12 derniers mois',
  'Last order': 'Dernière commande',
  'No orders yet': 'Aucune commande pour l’instant',
  'Choose an account to work on': 'Choisissez le compte à gérer',
  'Orders, prices and figures are shown for the account you act for. Pick one of your assigned accounts.':
    'Les commandes, les prix et les chiffres affichés sont ceux du compte au nom duquel vous agissez. Choisissez l’un des comptes qui vous sont attribués.',
  'No account is assigned to you yet. Ask your manager to assign one.':
    'Aucun compte ne vous est encore attribué. Demandez à votre gestionnaire de vous en attribuer un.',
  'PO {number}': 'BC {number}',
  'On your behalf': 'En votre nom',
  'Good morning, {name}': 'Bonjour, {name}',
  'Good afternoon, {name}': 'Bon après-midi, {name}',
  'Good evening, {name}': 'Bonsoir, {name}',
  'Welcome to {site}.': 'Bienvenue chez {site}.',
  'We couldn’t load your home page': 'Impossible de charger votre page d’accueil',
  'Loading your account…': 'Chargement de votre compte…',
  'Recent orders': 'Commandes récentes',
  'All orders': 'Toutes les commandes',
  'Orders placed for this account will show up here.':
    'Les commandes passées pour ce compte s’afficheront ici.',
  'Quick links': 'Liens rapides',
  'Browse the catalog': 'Parcourir le catalogue',
  'Find products by category, name or SKU.': 'Trouvez des produits par catégorie, par nom ou par UGS.',
  'Track orders': 'Suivre les commandes',
  'Status, PO numbers and totals of every order.':
    'L’état, le numéro de bon de commande et le total de chaque commande.',
  'Query the Portway GraphQL API with your session.':
    'Interrogez l’API GraphQL de Portway avec votre session.',

  // Not found
  'Page not found': 'Page introuvable',
  'The page you asked for doesn’t exist or has moved.': 'La page demandée n’existe pas ou a été déplacée.',
  'Go to the start page': 'Aller à la page de départ',
  'Back to home': 'Retour à l’accueil',

  // Orders
  'Order lines': 'Lignes de la commande',
  Line: 'Ligne',
  SKU: 'UGS',
  Product: 'Produit',
  Qty: 'Qté',
  'Unit price': 'Prix unitaire',
  'Line total': 'Total de la ligne',
  'on your behalf': 'en votre nom',
  Order: 'Commande',
  'date column|Placed': 'Date de commande',
  Status: 'État',
  'Placed by': 'Passée par',
  'PO number': 'Nº de bon de commande',
  Total: 'Total',
  Placed: 'Passée',
  'Awaiting approval': 'En attente d’approbation',
  Approved: 'Approuvée',
  'Partly shipped': 'Expédiée en partie',
  Shipped: 'Expédiée',
  Delivered: 'Livrée',
  Cancelled: 'Annulée',
  'We couldn’t load this order': 'Impossible de charger cette commande',
  'Loading order…': 'Chargement de la commande…',
  'Order not found': 'Commande introuvable',
  'We can’t show this order': 'Impossible d’afficher cette commande',
  'It doesn’t exist, or it belongs to an account you aren’t acting for.':
    'Elle n’existe pas, ou elle appartient à un compte au nom duquel vous n’agissez pas.',
  'Go to your orders': 'Voir vos commandes',
  'Order {number}': 'Commande {number}',
  'Placed {date} for {account} ({accountNumber})': 'Passée le {date} pour {account} ({accountNumber})',
  'Ship to': 'Livrer à',
  Lines: 'Lignes',
  'Showing {shown} of {count} lines': '{shown} lignes affichées sur {count}',
  '{count} line': '{count} ligne',
  '{count} lines': '{count} lignes',
  'This order has no lines.': 'Cette commande ne contient aucune ligne.',
  'Load more lines ({count} more)': 'Afficher plus de lignes ({count} de plus)',
  Subtotal: 'Sous-total',
  'Order history of {account}': 'Historique des commandes de {account}',
  'Filter orders': 'Filtrer les commandes',
  'Any status': 'Tous les états',
  'Placed from': 'Passée à partir du',
  'Placed to': 'Passée jusqu’au',
  'We couldn’t load your orders': 'Impossible de charger vos commandes',
  'Loading orders…': 'Chargement des commandes…',
  'No orders match these filters': 'Aucune commande ne correspond à ces filtres',
  'Try other statuses or a wider date range.': 'Essayez d’autres états ou une période plus longue.',
  'Pages of orders': 'Pages des commandes',
  '{count} order': '{count} commande',
  '{count} orders': '{count} commandes',
  'Clear filters': 'Effacer les filtres',

  // API playground (page chrome)
  'Checking your session…': 'Vérification de votre session…',
  'Not signed in: {signInLink}, or run the {mutation} mutation here.':
    'Aucune session\u00a0: {signInLink}, ou exécutez ici la mutation {mutation}.',
  'sign in to the portal': 'connectez-vous au portail',
  'Signed in to {site} as {user}, acting for {account}.':
    'Session ouverte sur {site} par {user}, au nom de {account}.',
  'Signed in to {site} as {user}.': 'Session ouverte sur {site} par {user}.',
  'Runs with your portal session (see the line above the editor).':
    'S’exécute avec votre session du portail (voir la ligne au-dessus de l’éditeur).',
  'Portway API playground': 'Bac à sable de l’API Portway',
  'Back to Portway': 'Retour à Portway',
  'About the playground': 'À propos du bac à sable',
  'Requests go to {endpoint} with your session cookie. Everything you run here acts as you — mutations included.':
    'Les requêtes sont envoyées à {endpoint} avec le témoin de votre session. Tout ce que vous exécutez ici agit en votre nom, mutations comprises.',

  // Design system defaults (ui/)
  'Something went wrong': 'Un problème est survenu',
  'Loading…': 'Chargement…',
  'Pages of {items}': 'Pages de {items}',
  'Pages of results': 'Pages de résultats',
  'Previous page': 'Page précédente',
  'Next page': 'Page suivante',
  'Load more': 'Afficher plus',
  'Page {page} of {pages}': 'Page {page} sur {pages}',
};

export const frCA: Messages = {
  ...shell,
  ...frCAInvoices,
  ...frCACatalog,
  ...frCAOrders,
  ...frCAPricingAdmin,
  ...frCACart,
  ...frCACases,
  ...frCAPayments,
};
