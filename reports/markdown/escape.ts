/**
 * Text from analysed code as inert Markdown for table cells and list items (GitHub-flavoured,
 * never at the start of a line): one line, no emphasis, links, code spans, math, table pipes,
 * raw HTML or @-mentions.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(/[\\`*_[\]|~$]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}

const MERMAID_ENTITIES: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '`': '#96;',
  // Mermaid's preprocessor rewrites `style…:…#…;` lines, so colons never appear verbatim.
  ':': '#58;',
  '%': '#37;',
};

/**
 * Text as the inside of a quoted Mermaid label (`n1["…"]`): Mermaid entity codes for
 * everything that could end the string, start an entity, a Markdown string or HTML.
 */
export function escapeMermaidLabel(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/[#"<>&`:%]/g, (c) => MERMAID_ENTITIES[c] ?? c);
}
