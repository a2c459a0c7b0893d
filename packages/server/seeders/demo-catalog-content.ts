/**
 * Catalog content for the demo world (see demo-world.ts): facets with en-US and fr-CA labels, each
 * product's facet values and purchase rules, and fr-CA names and descriptions for the coffee site.
 * Pure data, keyed by the SKUs and category slugs of demo-world.ts.
 */

/** A facet (filterable attribute) of a site's catalog with labels in en-US and fr-CA. */
export interface FacetSpec {
  site: 'coffee' | 'parts';
  /** Lowercase kebab-case, e.g. 'roast'. */
  code: string;
  /** en-US. */
  label: string;
  /** fr-CA. */
  labelFr: string;
  values: Array<{ code: string; label: string; labelFr: string }>;
}

export const FACETS: FacetSpec[] = [
  // ---- coffee ------------------------------------------------------------------------------
  {
    site: 'coffee',
    code: 'roast',
    label: 'Roast',
    labelFr: 'Torréfaction',
    values: [
      { code: 'light', label: 'Light', labelFr: 'Légère' },
      { code: 'medium', label: 'Medium', labelFr: 'Moyenne' },
      { code: 'dark', label: 'Dark', labelFr: 'Foncée' },
    ],
  },
  {
    site: 'coffee',
    code: 'origin',
    label: 'Origin',
    labelFr: 'Origine',
    values: [
      { code: 'blend', label: 'Blend', labelFr: 'Mélange' },
      { code: 'colombia', label: 'Colombia', labelFr: 'Colombie' },
      { code: 'ethiopia', label: 'Ethiopia', labelFr: 'Éthiopie' },
      { code: 'guatemala', label: 'Guatemala', labelFr: 'Guatemala' },
      { code: 'sumatra', label: 'Sumatra', labelFr: 'Sumatra' },
    ],
  },
  {
    site: 'coffee',
    code: 'format',
    label: 'Format',
    labelFr: 'Format',
    values: [
      { code: 'whole-bean', label: 'Whole Bean', labelFr: 'En grains' },
      { code: 'ground', label: 'Ground', labelFr: 'Moulu' },
      { code: 'fractional-pack', label: 'Fractional Pack', labelFr: 'Portion prémesurée' },
      { code: 'sachet', label: 'Sachet', labelFr: 'Sachet' },
      { code: 'powder', label: 'Powder', labelFr: 'Poudre' },
      { code: 'liquid', label: 'Liquid', labelFr: 'Liquide' },
      { code: 'tablets-pellets', label: 'Tablets & Pellets', labelFr: 'Pastilles et granules' },
    ],
  },
  {
    site: 'coffee',
    code: 'brand',
    label: 'Brand',
    labelFr: 'Marque',
    values: [
      { code: 'northbeam', label: 'Northbeam', labelFr: 'Northbeam' },
      { code: 'caffara', label: 'Caffara', labelFr: 'Caffara' },
      { code: 'verdant', label: 'Verdant', labelFr: 'Verdant' },
      { code: 'orchard-lane', label: 'Orchard Lane', labelFr: 'Orchard Lane' },
    ],
  },
  {
    site: 'coffee',
    code: 'material',
    label: 'Material',
    labelFr: 'Matériau',
    values: [
      { code: 'stainless-steel', label: 'Stainless Steel', labelFr: 'Acier inoxydable' },
      { code: 'paper', label: 'Paper', labelFr: 'Papier' },
      { code: 'plastic', label: 'Plastic', labelFr: 'Plastique' },
      { code: 'silicone', label: 'Silicone', labelFr: 'Silicone' },
    ],
  },
  {
    site: 'coffee',
    code: 'voltage',
    label: 'Voltage',
    labelFr: 'Tension',
    values: [
      { code: '120v', label: '120 V', labelFr: '120 V' },
      { code: '208-240v', label: '208–240 V', labelFr: '208–240 V' },
    ],
  },
  {
    site: 'coffee',
    code: 'group-count',
    label: 'Groups',
    labelFr: 'Groupes',
    values: [
      { code: '1', label: '1 Group', labelFr: '1 groupe' },
      { code: '2', label: '2 Groups', labelFr: '2 groupes' },
      { code: '3', label: '3 Groups', labelFr: '3 groupes' },
    ],
  },

  // ---- parts -------------------------------------------------------------------------------
  {
    site: 'parts',
    code: 'brand',
    label: 'Brand',
    labelFr: 'Marque',
    values: [
      { code: 'apex', label: 'Apex', labelFr: 'Apex' },
      { code: 'fluxon', label: 'Fluxon', labelFr: 'Fluxon' },
      { code: 'torvik', label: 'Torvik', labelFr: 'Torvik' },
      { code: 'kestrel', label: 'Kestrel', labelFr: 'Kestrel' },
    ],
  },
  {
    site: 'parts',
    code: 'material',
    label: 'Material',
    labelFr: 'Matériau',
    values: [
      { code: 'steel', label: 'Steel', labelFr: 'Acier' },
      { code: 'cast-iron', label: 'Cast Iron', labelFr: 'Fonte' },
      { code: 'aluminum', label: 'Aluminum', labelFr: 'Aluminium' },
      { code: 'rubber', label: 'Rubber', labelFr: 'Caoutchouc' },
      { code: 'cellulose', label: 'Cellulose', labelFr: 'Cellulose' },
      { code: 'synthetic-fiber', label: 'Synthetic Fiber', labelFr: 'Fibre synthétique' },
    ],
  },
  {
    site: 'parts',
    code: 'pressure-rating',
    label: 'Pressure Rating',
    labelFr: 'Pression nominale',
    values: [
      { code: 'up-to-3000-psi', label: 'Up to 3,000 psi', labelFr: 'Jusqu’à 3 000 psi' },
      { code: '3001-5000-psi', label: '3,001–5,000 psi', labelFr: '3 001 à 5 000 psi' },
      { code: 'over-5000-psi', label: 'Over 5,000 psi', labelFr: 'Plus de 5 000 psi' },
    ],
  },
  {
    site: 'parts',
    code: 'voltage',
    label: 'Voltage',
    labelFr: 'Tension',
    values: [
      { code: '12v', label: '12 V', labelFr: '12 V' },
      { code: '12-24v', label: '12/24 V', labelFr: '12/24 V' },
      { code: '18v', label: '18 V', labelFr: '18 V' },
    ],
  },
  {
    site: 'parts',
    code: 'thread-standard',
    label: 'Thread Standard',
    labelFr: 'Norme de filetage',
    values: [
      { code: 'unc', label: 'UNC', labelFr: 'UNC' },
      { code: 'metric', label: 'Metric', labelFr: 'Métrique' },
      { code: 'jic-37', label: 'JIC 37°', labelFr: 'JIC 37°' },
      { code: 'npt', label: 'NPT', labelFr: 'NPT' },
      { code: 'sae-orb', label: 'SAE O-Ring Boss', labelFr: 'SAE à joint torique (ORB)' },
    ],
  },
  {
    site: 'parts',
    code: 'application',
    label: 'Application',
    labelFr: 'Application',
    values: [
      { code: 'engine', label: 'Engine', labelFr: 'Moteur' },
      { code: 'mobile-equipment', label: 'Mobile Equipment', labelFr: 'Équipement mobile' },
      { code: 'industrial-machinery', label: 'Industrial Machinery', labelFr: 'Machinerie industrielle' },
    ],
  },
];

/**
 * Per SKU: facet values (facet code -> value code, every code must exist in FACETS for that site), and
 * for coffee-site products a Canadian-French name and description.
 */
export interface ProductContent {
  attributes: Record<string, string>;
  fr?: { name: string; description: string };
  /** Purchase rules (omit for the defaults min 1, increment 1, no max). */
  minQuantity?: number;
  maxQuantity?: number;
  increment?: number;
}

export const PRODUCT_CONTENT: Record<string, ProductContent> = {
  // ---- coffee: whole bean ------------------------------------------------------------------
  'NB-WB-001': {
    attributes: { roast: 'medium', origin: 'blend', format: 'whole-bean' },
    fr: {
      name: 'Mélange maison Northbeam, café en grains',
      description:
        'Notre torréfaction moyenne équilibrée aux notes de chocolat au lait et d’amande grillée. ' +
        'Le mélange polyvalent de tous les jours, pour le filtre comme pour l’espresso.',
    },
  },
  'NB-WB-002': {
    attributes: { roast: 'light', origin: 'blend', format: 'whole-bean' },
    fr: {
      name: 'Mélange déjeuner Morning Harbor, café en grains',
      description:
        'Une torréfaction légère à moyenne, vive, aux notes d’agrumes et de miel. ' +
        'Conçu pour l’infusion en grande quantité.',
    },
  },
  'NB-WB-003': {
    attributes: { roast: 'dark', origin: 'blend', format: 'whole-bean' },
    fr: {
      name: 'Mélange espresso Ridgeline, café en grains',
      description:
        'Un mélange espresso sirupeux du Brésil et du Guatemala aux notes de cacao noir et de cerise. ' +
        'Garde tout son caractère dans le lait.',
    },
  },
  'NB-WB-004': {
    attributes: { roast: 'medium', origin: 'colombia', format: 'whole-bean' },
    fr: {
      name: 'Colombie Huila, origine unique, café en grains',
      description:
        'Caturra et Castillo lavés de la région de Huila, à la douceur de pomme rouge et de caramel.',
    },
  },
  'NB-WB-005': {
    attributes: { roast: 'light', origin: 'ethiopia', format: 'whole-bean' },
    fr: {
      name: 'Éthiopie Yirgacheffe, origine unique, café en grains',
      description:
        'Un café lavé floral aux allures de thé, avec des notes de bergamote et de citron. ' +
        'Excelle en infusion manuelle.',
    },
  },
  'NB-WB-006': {
    attributes: { roast: 'medium', origin: 'guatemala', format: 'whole-bean' },
    fr: {
      name: 'Guatemala Antigua, café en grains',
      description:
        'Un café de sol volcanique aux notes de cassonade et de cacao, avec une finale doucement épicée.',
    },
  },
  'NB-WB-007': {
    attributes: { roast: 'dark', origin: 'sumatra', format: 'whole-bean' },
    fr: {
      name: 'Sumatra Mandheling, torréfaction foncée, café en grains',
      description: 'Corsé et terreux, aux notes de cèdre et de chocolat noir. Faible acidité.',
    },
  },
  'NB-WB-008': {
    attributes: { roast: 'medium', origin: 'blend', format: 'whole-bean' },
    fr: {
      name: 'Mélange maison décaféiné Swiss Water, café en grains',
      description: 'Notre mélange maison, décaféiné sans produits chimiques selon le procédé Swiss Water.',
    },
  },

  // ---- coffee: ground ----------------------------------------------------------------------
  'NB-GR-001': {
    attributes: { roast: 'medium', origin: 'blend', format: 'ground' },
    fr: {
      name: 'Mélange maison, moulu pour filtre',
      description:
        'Mélange maison Northbeam moulu pour cafetières commerciales à filtre plat. Sac à valve de 2 lb.',
    },
  },
  'NB-GR-002': {
    attributes: { roast: 'light', origin: 'blend', format: 'ground' },
    fr: {
      name: 'Mélange déjeuner, moulu pour filtre',
      description: 'Mélange déjeuner Morning Harbor moulu pour cafetières commerciales. Sac à valve de 2 lb.',
    },
  },
  'NB-GR-003': {
    attributes: { roast: 'medium', origin: 'blend', format: 'ground' },
    fr: {
      name: 'Mélange maison décaféiné, moulu pour filtre',
      description: 'Décaféiné Swiss Water moulu pour cafetières commerciales. Sac à valve de 2 lb.',
    },
  },
  'NB-GR-004': {
    attributes: { roast: 'medium', origin: 'blend', format: 'fractional-pack' },
    fr: {
      name: 'Mélange maison en portions prémesurées, 2,5 oz',
      description: 'Sachets prémesurés pour une infusion de 1,5 gallon; caisse de 42.',
    },
    increment: 2,
  },
  'NB-GR-005': {
    attributes: { roast: 'dark', format: 'fractional-pack' },
    fr: {
      name: 'Torréfaction française en portions prémesurées, 2,5 oz',
      description:
        'Torréfaction française fumée et corsée en sachets prémesurés pour cafetière commerciale; ' +
        'caisse de 42.',
    },
    increment: 2,
  },

  // ---- coffee: seasonal --------------------------------------------------------------------
  'NB-SE-101': {
    attributes: { roast: 'medium', origin: 'blend', format: 'whole-bean' },
    fr: {
      name: 'Torréfaction saisonnière Harvest Moon',
      description:
        'Notre nouvelle torréfaction d’automne : un mélange de cafés colombien et éthiopien aux notes ' +
        'de pomme cuite, d’érable et d’épices. Sac de 5 lb.',
    },
  },
  'NB-SE-102': {
    attributes: { roast: 'dark', origin: 'blend', format: 'whole-bean' },
    fr: {
      name: 'Mélange Solstice d’hiver',
      description:
        'Un riche mélange des Fêtes aux notes de chocolat noir et de figue séchée, avec une pointe ' +
        'de clou de girofle. Sac de 5 lb.',
    },
  },
  'NB-SE-103': {
    attributes: { roast: 'light', format: 'whole-bean' },
    fr: {
      name: 'Spring Bloom, torréfaction légère',
      description:
        'Une torréfaction légère et délicate aux notes de jasmin et de fruits à noyau, offerte chaque ' +
        'printemps. Sac de 5 lb.',
    },
  },

  // ---- coffee: espresso machines -----------------------------------------------------------
  'NB-EM-001': {
    attributes: { brand: 'northbeam', 'group-count': '2', voltage: '208-240v' },
    fr: {
      name: 'Machine à espresso Northbeam Linea, 2 groupes',
      description:
        'Une machine commerciale à deux groupes et double chaudière, avec régulation de température PID ' +
        'et dosage volumétrique.',
    },
    maxQuantity: 5,
  },
  'NB-EM-002': {
    attributes: { brand: 'northbeam', 'group-count': '1', voltage: '120v' },
    fr: {
      name: 'Machine à espresso Northbeam Compact, 1 groupe',
      description:
        'Une machine à un groupe pour les kiosques et les cafés à faible volume; raccordée à l’eau ' +
        'ou avec réservoir à remplissage manuel.',
    },
    maxQuantity: 5,
  },
  'NB-EM-003': {
    attributes: { brand: 'northbeam', 'group-count': '3', voltage: '208-240v' },
    fr: {
      name: 'Machine à espresso Northbeam Linea, 3 groupes',
      description:
        'Une machine robuste à trois groupes pour les commerces à fort achalandage, avec groupes saturés ' +
        'et buses vapeur froides au toucher.',
    },
    maxQuantity: 5,
  },
  'NB-EM-004': {
    attributes: { brand: 'caffara', voltage: '208-240v' },
    fr: {
      name: 'Machine super-automatique du grain à la tasse',
      description:
        'Moud, tasse, infuse et chauffe le lait à la vapeur d’une simple pression sur un bouton. ' +
        'Idéale pour les stations libre-service.',
    },
    maxQuantity: 5,
  },

  // ---- coffee: espresso-machine accessories ------------------------------------------------
  'NB-EA-001': {
    attributes: { brand: 'northbeam', material: 'stainless-steel' },
    fr: {
      name: 'Tasseur en acier inoxydable, 58 mm',
      description:
        'Un tasseur à base plate avec poignée en noyer, conçu pour les porte-filtres commerciaux standards.',
    },
  },
  'NB-EA-002': {
    attributes: { brand: 'northbeam', material: 'stainless-steel' },
    fr: {
      name: 'Bac à marc, grand format',
      description:
        'Un bac à marc robuste avec barre en caoutchouc remplaçable; contient environ 30 galettes de marc.',
    },
  },
  'NB-EA-003': {
    attributes: { brand: 'northbeam', material: 'stainless-steel' },
    fr: {
      name: 'Pichet à mousser le lait, 20 oz',
      description: 'Un pichet en acier inoxydable muni d’un bec de précision pour le latte art.',
    },
  },
  'NB-EA-004': {
    attributes: { brand: 'northbeam', material: 'stainless-steel' },
    fr: {
      name: 'Pichet à mousser le lait, 32 oz',
      description:
        'Un pichet en acier inoxydable plus grand pour chauffer à la vapeur le lait de deux boissons ' +
        'à la fois.',
    },
  },
  'NB-EA-005': {
    attributes: { brand: 'northbeam', material: 'stainless-steel' },
    fr: {
      name: 'Porte-filtre à double bec, 58 mm',
      description: 'Un porte-filtre commercial à double bec avec panier de 18 g.',
    },
  },
  'NB-EA-006': {
    attributes: { brand: 'northbeam', material: 'silicone' },
    fr: {
      name: 'Trousse de joint et de douchette pour tête de groupe',
      description: 'Joint et douchette de rechange pour un groupe; à remplacer tous les six mois.',
    },
  },
  'NB-EA-007': {
    attributes: { brand: 'northbeam', material: 'stainless-steel' },
    fr: {
      name: 'Panier-filtre de précision, 18 g',
      description:
        'Un panier découpé au laser, aux perforations à tolérances serrées pour une extraction uniforme.',
    },
  },

  // ---- coffee: grinders --------------------------------------------------------------------
  'NB-GD-001': {
    attributes: { brand: 'caffara', voltage: '120v' },
    fr: {
      name: 'Moulin à espresso commercial, meules plates de 64 mm',
      description: 'Un moulin à la demande avec réglage en continu et dosage minuté.',
    },
  },
  'NB-GD-002': {
    attributes: { brand: 'caffara', voltage: '208-240v' },
    fr: {
      name: 'Moulin à espresso à la demande, meules plates de 83 mm',
      description: 'Un moulin pour grands volumes, à faible rétention, doté d’un moteur qui reste frais.',
    },
  },
  'NB-GD-003': {
    attributes: { brand: 'caffara', voltage: '120v' },
    fr: {
      name: 'Moulin à café en vrac',
      description:
        'Moud une livre en 30 secondes environ, de la mouture turque à la mouture pour cafetière à piston.',
    },
  },

  // ---- coffee: cups & lids -----------------------------------------------------------------
  'NB-CL-001': {
    attributes: { brand: 'verdant', material: 'paper' },
    fr: {
      name: 'Tasses à double paroi pour boissons chaudes, 12 oz',
      description: 'Tasses en papier isolées qui ne nécessitent aucun manchon; caisse de 500.',
    },
    minQuantity: 2,
  },
  'NB-CL-002': {
    attributes: { brand: 'verdant', material: 'paper' },
    fr: {
      name: 'Tasses à double paroi pour boissons chaudes, 16 oz',
      description: 'Tasses en papier isolées qui ne nécessitent aucun manchon; caisse de 500.',
    },
    minQuantity: 2,
  },
  'NB-CL-003': {
    attributes: { brand: 'verdant', material: 'plastic' },
    fr: {
      name: 'Couvercles à ouverture pour tasses chaudes de 12 à 20 oz',
      description: 'Couvercles recyclables en polypropylène avec ouverture pour boire; caisse de 1 000.',
    },
    minQuantity: 2,
  },
  'NB-CL-004': {
    attributes: { brand: 'verdant', material: 'plastic' },
    fr: {
      name: 'Tasses transparentes pour boissons froides, 16 oz',
      description: 'Tasses en PET d’une transparence cristalline pour boissons glacées; caisse de 1 000.',
    },
    minQuantity: 2,
  },
  'NB-CL-005': {
    attributes: { brand: 'verdant', material: 'plastic' },
    fr: {
      name: 'Couvercles sans paille pour tasses froides',
      description: 'Couvercles à ouverture pour tasses froides de 12 à 24 oz; caisse de 1 000.',
    },
    minQuantity: 2,
  },
  'NB-CL-006': {
    attributes: { brand: 'verdant', material: 'paper' },
    fr: {
      name: 'Manchons kraft pour tasses',
      description: 'Manchons en kraft recyclé pour tasses chaudes de 12 à 20 oz; caisse de 1 000.',
    },
  },

  // ---- coffee: syrups & sauces -------------------------------------------------------------
  'NB-SY-001': {
    attributes: { brand: 'orchard-lane', format: 'liquid' },
    fr: {
      name: 'Sirop à la vanille, 750 ml',
      description:
        'Sirop classique à la vanille de Madagascar pour lattés et café infusé à froid; ' +
        'caisse de 6 bouteilles.',
    },
  },
  'NB-SY-002': {
    attributes: { brand: 'orchard-lane', format: 'liquid' },
    fr: {
      name: 'Sirop au caramel, 750 ml',
      description: 'Sirop au caramel beurré; caisse de 6 bouteilles.',
    },
  },
  'NB-SY-003': {
    attributes: { brand: 'orchard-lane', format: 'liquid' },
    fr: {
      name: 'Sirop à la noisette, 750 ml',
      description: 'Sirop à la noisette grillée; caisse de 6 bouteilles.',
    },
  },
  'NB-SY-004': {
    attributes: { brand: 'orchard-lane', format: 'liquid' },
    fr: {
      name: 'Sirop à la vanille sans sucre, 750 ml',
      description: 'Sirop à la vanille édulcoré au sucralose; caisse de 6 bouteilles.',
    },
  },
  'NB-SY-005': {
    attributes: { brand: 'orchard-lane', format: 'liquid' },
    fr: {
      name: 'Sauce au chocolat noir, 64 oz',
      description: 'Une riche sauce moka préparée avec du cacao de type hollandais; caisse de 6 cruches.',
    },
  },
  'NB-SY-006': {
    attributes: { brand: 'orchard-lane', format: 'liquid' },
    fr: {
      name: 'Sauce épices à citrouille, 64 oz',
      description:
        'Une sauce saisonnière à la vraie citrouille, à la cannelle et à la muscade; caisse de 6 cruches.',
    },
  },

  // ---- coffee: tea -------------------------------------------------------------------------
  'NB-TE-001': {
    attributes: { brand: 'northbeam', format: 'sachet' },
    fr: {
      name: 'Thé English Breakfast en sachets',
      description: 'Un mélange corsé d’Assam et de Ceylan en sachets pyramidaux; boîte de 100.',
    },
  },
  'NB-TE-002': {
    attributes: { brand: 'northbeam', format: 'sachet' },
    fr: {
      name: 'Thé Earl Grey en sachets',
      description: 'Thé noir à l’huile naturelle de bergamote en sachets pyramidaux; boîte de 100.',
    },
  },
  'NB-TE-003': {
    attributes: { brand: 'northbeam', format: 'sachet' },
    fr: {
      name: 'Thé vert Sencha en sachets',
      description: 'Un thé vert de style japonais, herbacé et doux; boîte de 100.',
    },
  },
  'NB-TE-004': {
    attributes: { brand: 'northbeam', format: 'sachet' },
    fr: {
      name: 'Tisane à la camomille en sachets',
      description: 'Fleurs de camomille entières, sans caféine; boîte de 100.',
    },
  },
  'NB-TE-005': {
    attributes: { brand: 'northbeam', format: 'liquid' },
    fr: {
      name: 'Concentré de chaï, 32 oz',
      description:
        'Un concentré de thé noir épicé; mélanger à parts égales avec du lait. Caisse de 6 cartons.',
    },
  },
  'NB-TE-006': {
    attributes: { brand: 'northbeam', format: 'powder' },
    fr: {
      name: 'Poudre de matcha pour latté, 2 lb',
      description: 'Matcha japonais de style cérémonial, mélangé pour les lattés.',
    },
  },

  // ---- coffee: filters & cleaning ----------------------------------------------------------
  'NB-FC-001': {
    attributes: { brand: 'verdant', material: 'paper' },
    fr: {
      name: 'Filtres pour cafetière commerciale, 18 x 7 po',
      description: 'Filtres en papier pour cafetières commerciales de 1,5 gallon; caisse de 500.',
    },
  },
  'NB-FC-002': {
    attributes: { brand: 'verdant', material: 'paper' },
    fr: {
      name: 'Filtres-paniers, 12 tasses',
      description: 'Filtres en papier à fond plat pour cafetières de 12 tasses; caisse de 1 000.',
    },
  },
  'NB-FC-003': {
    attributes: { brand: 'northbeam', format: 'tablets-pellets' },
    fr: {
      name: 'Pastilles nettoyantes pour machine à espresso',
      description:
        'Pastilles de rétrolavage qui dissolvent les huiles de café dans les têtes de groupe; boîte de 100.',
    },
  },
  'NB-FC-004': {
    attributes: { brand: 'northbeam', format: 'tablets-pellets' },
    fr: {
      name: 'Granules nettoyants pour moulin, 1 lb',
      description: 'Granules de qualité alimentaire qui nettoient les meules sans démontage.',
    },
  },
  'NB-FC-005': {
    attributes: { brand: 'northbeam', format: 'liquid' },
    fr: {
      name: 'Nettoyant pour système à lait, 1 L',
      description: 'Nettoyant quotidien pour buses vapeur et systèmes à lait; caisse de 6 bouteilles.',
    },
  },
  'NB-FC-006': {
    attributes: { brand: 'northbeam', format: 'liquid' },
    fr: {
      name: 'Solution détartrante, 1 L',
      description: 'Élimine le tartre des chaudières et des cafetières; caisse de 6 bouteilles.',
    },
  },

  // ---- parts: hydraulics -------------------------------------------------------------------
  'AP-HY-001': {
    attributes: {
      brand: 'apex',
      material: 'cast-iron',
      'pressure-rating': 'up-to-3000-psi',
      'thread-standard': 'sae-orb',
    },
  },
  'AP-HY-002': {
    attributes: {
      brand: 'apex',
      material: 'cast-iron',
      'pressure-rating': '3001-5000-psi',
      'thread-standard': 'sae-orb',
    },
  },
  'AP-HY-003': {
    attributes: {
      brand: 'apex',
      material: 'cast-iron',
      'pressure-rating': 'up-to-3000-psi',
      'thread-standard': 'sae-orb',
    },
  },
  'AP-HY-004': {
    attributes: {
      brand: 'fluxon',
      material: 'rubber',
      'pressure-rating': '3001-5000-psi',
      'thread-standard': 'jic-37',
    },
  },
  'AP-HY-005': {
    attributes: {
      brand: 'fluxon',
      material: 'rubber',
      'pressure-rating': 'up-to-3000-psi',
      'thread-standard': 'jic-37',
    },
  },
  'AP-HY-006': {
    attributes: {
      brand: 'fluxon',
      material: 'steel',
      'pressure-rating': '3001-5000-psi',
      'thread-standard': 'jic-37',
    },
  },
  'AP-HY-007': {
    attributes: {
      brand: 'fluxon',
      material: 'steel',
      'pressure-rating': 'up-to-3000-psi',
      'thread-standard': 'npt',
    },
  },
  'AP-HY-008': {
    attributes: {
      brand: 'apex',
      material: 'steel',
      'pressure-rating': 'up-to-3000-psi',
      'thread-standard': 'npt',
    },
  },
  'AP-HY-009': { attributes: { brand: 'fluxon', material: 'rubber' } },

  // ---- parts: filters ----------------------------------------------------------------------
  'AP-FL-001': { attributes: { brand: 'fluxon', material: 'synthetic-fiber' } },
  'AP-FL-002': {
    attributes: { brand: 'apex', material: 'cellulose', application: 'engine' },
    minQuantity: 10,
    increment: 10,
  },
  'AP-FL-003': { attributes: { brand: 'fluxon', material: 'synthetic-fiber', application: 'engine' } },
  'AP-FL-004': { attributes: { brand: 'fluxon', material: 'steel' } },
  'AP-FL-005': { attributes: { brand: 'fluxon', material: 'cellulose', application: 'engine' } },
  'AP-FL-006': { attributes: { brand: 'fluxon', material: 'synthetic-fiber', application: 'engine' } },
  'AP-FL-007': { attributes: { brand: 'fluxon', material: 'cellulose', application: 'mobile-equipment' } },

  // ---- parts: bearings ---------------------------------------------------------------------
  'AP-BR-001': { attributes: { brand: 'torvik', material: 'steel', application: 'industrial-machinery' } },
  'AP-BR-002': { attributes: { brand: 'torvik', material: 'steel', application: 'industrial-machinery' } },
  'AP-BR-003': { attributes: { brand: 'torvik', material: 'steel', application: 'mobile-equipment' } },
  'AP-BR-004': {
    attributes: { brand: 'torvik', material: 'cast-iron', application: 'industrial-machinery' },
  },
  'AP-BR-005': { attributes: { brand: 'torvik', material: 'steel', application: 'industrial-machinery' } },
  'AP-BR-006': { attributes: { brand: 'torvik', material: 'steel' } },

  // ---- parts: belts & drives ---------------------------------------------------------------
  'AP-BD-001': { attributes: { brand: 'torvik', material: 'rubber', application: 'industrial-machinery' } },
  'AP-BD-002': { attributes: { brand: 'torvik', material: 'rubber', application: 'industrial-machinery' } },
  'AP-BD-003': { attributes: { brand: 'torvik', material: 'rubber', application: 'industrial-machinery' } },
  'AP-BD-004': { attributes: { brand: 'torvik', material: 'steel', application: 'industrial-machinery' } },
  'AP-BD-005': { attributes: { brand: 'torvik', material: 'steel', application: 'industrial-machinery' } },
  'AP-BD-006': {
    attributes: { brand: 'torvik', material: 'cast-iron', application: 'industrial-machinery' },
  },

  // ---- parts: electrical -------------------------------------------------------------------
  'AP-EL-001': { attributes: { brand: 'apex', voltage: '12v', application: 'engine' } },
  'AP-EL-002': { attributes: { brand: 'kestrel', voltage: '12v', application: 'engine' } },
  'AP-EL-003': {
    attributes: {
      brand: 'kestrel',
      voltage: '12-24v',
      'thread-standard': 'metric',
      application: 'industrial-machinery',
    },
  },
  'AP-EL-004': { attributes: { brand: 'kestrel', voltage: '12v', application: 'mobile-equipment' } },
  'AP-EL-005': { attributes: { brand: 'kestrel', application: 'mobile-equipment' } },
  'AP-EL-006': {
    attributes: {
      brand: 'kestrel',
      voltage: '12-24v',
      material: 'aluminum',
      application: 'mobile-equipment',
    },
  },

  // ---- parts: fasteners --------------------------------------------------------------------
  'AP-FS-001': { attributes: { brand: 'kestrel', material: 'steel', 'thread-standard': 'unc' } },
  'AP-FS-002': {
    attributes: { brand: 'kestrel', material: 'steel', 'thread-standard': 'unc' },
    increment: 5,
  },
  'AP-FS-003': { attributes: { brand: 'kestrel', material: 'steel' }, increment: 5 },
  'AP-FS-004': { attributes: { brand: 'kestrel', material: 'steel', 'thread-standard': 'metric' } },
  'AP-FS-005': { attributes: { brand: 'kestrel', material: 'steel' } },

  // ---- parts: tools ------------------------------------------------------------------------
  'AP-TL-001': {
    attributes: { brand: 'kestrel', 'pressure-rating': 'over-5000-psi', 'thread-standard': 'npt' },
  },
  'AP-TL-002': { attributes: { brand: 'kestrel', material: 'steel' } },
  'AP-TL-003': { attributes: { brand: 'kestrel', application: 'industrial-machinery' } },
  'AP-TL-004': { attributes: { brand: 'kestrel', material: 'steel' } },
  'AP-TL-005': { attributes: { brand: 'kestrel', voltage: '18v', 'pressure-rating': 'over-5000-psi' } },

  // ---- parts: gears & gearboxes ------------------------------------------------------------
  'AP-GR-001': { attributes: { brand: 'apex', material: 'steel', application: 'industrial-machinery' } },
  'AP-GR-002': { attributes: { brand: 'apex', material: 'cast-iron', application: 'industrial-machinery' } },
  'AP-GR-003': { attributes: { brand: 'apex', material: 'aluminum', application: 'industrial-machinery' } },
  'AP-GR-004': { attributes: { brand: 'apex', application: 'mobile-equipment' } },
  'AP-GR-005': { attributes: { brand: 'apex', material: 'rubber' } },
};

/** fr-CA names of the coffee site's categories, by slug (every slug in COFFEE_CATEGORIES). */
export const COFFEE_CATEGORY_NAMES_FR: Record<string, string> = {
  coffee: 'Café',
  'whole-bean': 'Café en grains',
  ground: 'Café moulu',
  seasonal: 'Cafés saisonniers',
  'espresso-machines': 'Machines à espresso',
  'espresso-machine-accessories': 'Accessoires pour machines à espresso',
  grinders: 'Moulins',
  'cups-lids': 'Tasses et couvercles',
  'syrups-sauces': 'Sirops et sauces',
  tea: 'Thé',
  'filters-cleaning': 'Filtres et nettoyage',
};
