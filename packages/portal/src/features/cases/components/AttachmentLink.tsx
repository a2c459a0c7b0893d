import { Anchor, Group, Text } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { useLocale } from '../../../ui';
import { fileSize } from './case-labels';

/** A case file: its name as a download link, its size and who attached it. */
export function AttachmentLink({
  file,
}: {
  file: { url: string; fileName: string; sizeBytes: number; uploadedBy: { name: string } };
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <Group gap="xs" wrap="wrap">
      <Anchor
        href={file.url}
        download={file.fileName}
        size="sm"
        fw={600}
        style={{ overflowWrap: 'anywhere' }}
      >
        {file.fileName}
      </Anchor>
      <Text size="xs" c="dimmed">
        {t('{size}, from {name}', { size: fileSize(file.sizeBytes, locale), name: file.uploadedBy.name })}
      </Text>
    </Group>
  );
}
