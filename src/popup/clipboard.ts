// Copy for both editors (buyer reply, evidence for Amazon): the result as the message key to show.
export async function copyToClipboard(text: string): Promise<'copy_done' | 'copy_failed'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copy_done';
  } catch {
    return 'copy_failed';
  }
}
