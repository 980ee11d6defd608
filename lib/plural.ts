/** "1 level", "4 levels", "2 job families": a count with its noun, for lines people read. */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
