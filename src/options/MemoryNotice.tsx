// Said once after the background had to replace remembered orders it could not read (src/background/memory.ts
// readMemory): corrupt data, or data from a newer version. Never silent, never thrown at the seller.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../ui/i18n.ts';
import type { Area } from './settings.ts';

const KEY = 'memoryNotice';

export function MemoryNotice({ storage }: { storage: Area }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<'corrupt' | 'future-version' | null>(null);
  useEffect(() => {
    storage.get(KEY).then((got: Record<string, unknown>) => {
      const r = (got[KEY] as { reason?: unknown } | undefined)?.reason;
      if (r === 'corrupt' || r === 'future-version') setReason(r);
    }, () => undefined);
  }, [storage]);
  if (!reason) return null;
  return (
    <div class="options__notice" role="status" data-testid="memory-notice">
      <p>{t(reason === 'corrupt' ? 'memory_notice_corrupt' : 'memory_notice_future_version')}</p>
      <button type="button" class="button" onClick={() => { void storage.set({ [KEY]: null }).then(() => setReason(null)); }}>{t('memory_notice_dismiss')}</button>
    </div>
  );
}
