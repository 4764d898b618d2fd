/** What happens to her name, said before she answers. */
export function anonymityWords(anonymous: boolean): string {
  return anonymous
    ? 'Anonymous: your name is not kept with your answers, and no one can tell which answers are yours.'
    : 'Not anonymous: your name is kept with your answers, so staff can see what you said.';
}
