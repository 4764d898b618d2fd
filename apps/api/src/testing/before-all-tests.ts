/**
 * What a test file works with, made once before its first test and closed after its last (jest's beforeAll and
 * afterAll): `start` makes it, `arrange` adds what the file's tests share to it. The answer is filled in by then,
 * so the tests name it straight away and read it in their bodies.
 */
export function beforeAllTests<Made extends { close(): Promise<void> }, Arranged extends object = object>(
  start: () => Promise<Made>,
  arrange?: (made: Made) => Promise<Arranged | void>,
): Made & Arranged {
  const made = {} as Made & Arranged;
  beforeAll(async () => {
    Object.assign(made, await start());
    if (arrange) Object.assign(made, await arrange(made));
  });
  afterAll(() => made.close?.());
  return made;
}
