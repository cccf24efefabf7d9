/** How a person is named on the admin page: their name, else their address. */
export function personLabel(person: { name: string | null; email: string }): string {
  return person.name?.trim() || person.email;
}
