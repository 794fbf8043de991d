/**
 * Form fields are written as `value`/`checked` plus an event handler, never with `bind:` (issue 14): once no
 * component uses `bind:value`, `bind:checked` or `bind:group`, Svelte's binding code leaves the start-up JS of
 * every page. What `bind:` also did, and this action keeps: a field changed on the prerendered page before the
 * app was live counts once it is. Used as `use:keepEarly` on a field whose `oninput`/`onchange` writes the state.
 */
export function keepEarly(field: HTMLInputElement | HTMLSelectElement) {
	if (field instanceof HTMLSelectElement) {
		// A select's first option is its default; handing on the current one is harmless when it was not changed.
		field.dispatchEvent(new Event('change', { bubbles: true }));
	} else if (field.type === 'checkbox' || field.type === 'radio') {
		if (field.checked !== field.defaultChecked) field.dispatchEvent(new Event('change', { bubbles: true }));
	} else if (field.value !== field.defaultValue) {
		field.dispatchEvent(new Event('input', { bubbles: true }));
	}
}
