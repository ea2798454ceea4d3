import type { AnalysisReport } from '../../analyzer/model.js';

export const HOSTILE_NAME = '</script><img src=x onerror=alert(1)>';
export const HOSTILE_FILE = 'src/ünïcode "q" <x>.ts';

/**
 * Everything a reporter takes from analysed code, made hostile: markup in names, messages,
 * contracts and fields; quotes, spaces and non-ASCII in paths; Mermaid and Markdown syntax.
 */
export function hostileReport(): AnalysisReport {
  const checks = { declared: false, calibrated: true, preserving: true, directed: true };
  return {
    schemaVersion: 1,
    tool: { name: 'tzimtzum', version: '0.1.0' },
    tiers: [
      { name: 'top <b>"tier"</b>', rank: 0, declared: true },
      { name: 'bottom | `tick` end', rank: 1, declared: false },
    ],
    components: [
      { id: 'c1', kind: 'agent', name: HOSTILE_NAME, tier: 'top <b>"tier"</b>', framework: 'code', file: HOSTILE_FILE, line: 2 },
      { id: 'c2', kind: 'tool', name: 'größe_ψ$λ "]; end; click x call alert(1) %%', tier: 'bottom | `tick` end', framework: 'code', file: HOSTILE_FILE, line: 5 },
      { id: 'c3', kind: 'model-call', name: '<svg onload=alert(2)>', tier: null, framework: 'ai-sdk', file: HOSTILE_FILE, line: 7 },
    ],
    boundaries: [
      {
        id: 'b1', from: 'c1', to: 'c2', kind: 'call', file: HOSTILE_FILE, line: 3, contract: '<img src=y onerror=alert(3)>',
        exposed: ['ctx.<i>x</i>', 'ctx.größe'], read: ['größe'], checks,
      },
      {
        id: 'b2', from: 'c2', to: 'c3', kind: 'model', file: HOSTILE_FILE, line: 6, contract: null,
        exposed: ['prompt'], read: [], checks: { ...checks, declared: true },
      },
    ],
    findings: [
      {
        ruleId: 'require-boundary-contract', severity: 'warning',
        message: `Receiver '${HOSTILE_NAME}' | accepts any & <script>alert(4)</script> [link](javascript:alert(5)) @everyone`,
        file: HOSTILE_FILE, line: 3, column: 5, endLine: 3, endColumn: 20, boundary: 'b1', fingerprint: 'f00d<>"&\'',
      },
    ],
    diagnostics: [{ severity: 'warning', file: HOSTILE_FILE, message: '<img src=z onerror=alert(6)>' }],
    reshimu: [{ field: 'Täsk.<goal>', file: HOSTILE_FILE, line: 1, path: ['c1', 'c2', 'c3'], boundaries: ['b1', 'b2'], lostAt: 'b2' }],
    summary: { components: 3, boundaries: 2, designed: 1, findings: { error: 0, warning: 1 } },
  };
}

export const HOSTILE_SOURCE = [
  '// <img src=x onerror=alert(7)> in a comment',
  'const ψ = "</script><script>alert(8)</script>";',
  'export function f(ctx: any) { return g(ctx, `${ψ}`); }',
  'const größe = 1;',
  '</textarea></pre><img src=x onerror=alert(9)>',
  'end',
  'line 7',
].join('\n');
