import { Anchor, Badge, Group, List, Title } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { MediaKind } from '../../../gql/graphql';
import { fileType } from './values';

export const ProductMediaFragment = graphql(`
  fragment ProductMedia_product on Product {
    media {
      kind
      title
      url
    }
  }
`);

function useKindLabel() {
  const t = useT();
  return (kind: MediaKind): string => {
    switch (kind) {
      case 'DATASHEET':
        return t('Datasheet');
      case 'DOCUMENT':
        return t('Document');
      case 'IMAGE':
        return t('Image');
      case 'VIDEO':
        return t('Video');
    }
  };
}

/** Datasheets, documents, images and videos: files to download, with their type. */
export function ProductMedia({ product: ref }: { product: FragmentType<typeof ProductMediaFragment> }) {
  const t = useT();
  const kindLabel = useKindLabel();
  const { media } = useFragment(ProductMediaFragment, ref);
  if (media.length === 0) return null;
  return (
    <section aria-labelledby="product-media">
      <Title order={2} fz="lg" id="product-media" mb="xs">
        {t('Documents and media')}
      </Title>
      <List spacing={6} listStyleType="none" ml={0} pl={0}>
        {media.map((m) => {
          const type = fileType(m.url);
          const download = m.kind === 'DATASHEET' || m.kind === 'DOCUMENT';
          // The title often names the type already ("Datasheet (PDF)"); say it only when it does not.
          const named = type && m.title.toUpperCase().includes(type);
          return (
            <List.Item key={m.url}>
              <Group gap={8} wrap="wrap">
                <Badge size="xs" variant="light" radius="sm" tt="none">
                  {kindLabel(m.kind)}
                </Badge>
                <Anchor href={m.url} download={download || undefined} size="sm">
                  {type && !named ? t('{title} ({type})', { title: m.title, type }) : m.title}
                </Anchor>
              </Group>
            </List.Item>
          );
        })}
      </List>
    </section>
  );
}
