/** Time as a collaborator: production uses the system clock, tests a clock they move by hand. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = {
  now: () => new Date(),
};
