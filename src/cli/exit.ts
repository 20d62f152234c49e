// Exit statuses, as diff(1): 0 the same, 1 different, 2 trouble.

export const EXIT = { same: 0, different: 1, trouble: 2 } as const;
