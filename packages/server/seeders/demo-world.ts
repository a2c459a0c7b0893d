import type { EntityManager } from '@mikro-orm/postgresql';
export async function seedDemoWorld(_em: EntityManager): Promise<void> {}
