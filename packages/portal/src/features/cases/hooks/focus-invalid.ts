/**
 * After a refused submit, move focus to the form's first invalid field (Mantine marks a field with
 * an `error` as aria-invalid and ties the message to it with aria-describedby), as the pay page
 * does. Waits a frame so the errors just set are rendered.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
