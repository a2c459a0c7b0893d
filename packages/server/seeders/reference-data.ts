import type { EntityManager } from '@mikro-orm/postgresql';

/** Reference data every deployment needs. Nothing yet beyond what migrations create. */
export async function seedReferenceData(_em: EntityManager): Promise<void> {}
