import { Annotation, END, START, StateGraph } from '@langchain/langgraph';

/** A council-tier subgraph whose state shares draft, customer and locale with a parent; its one node reads only draft. */
export const AuditState = Annotation.Root({
  draft: Annotation<string>,
  customer: Annotation<string>,
  locale: Annotation<string>,
  verdict: Annotation<string>,
});

async function check(state: typeof AuditState.State) {
  return { verdict: state.draft.length > 0 ? 'ok' : 'empty' };
}

export const auditGraph = new StateGraph(AuditState).addNode('check', check).addEdge(START, 'check').addEdge('check', END).compile({ name: 'audit' });

/** A council-tier subgraph that shares no channel with a desk state. */
export const TallyState = Annotation.Root({ tally: Annotation<number> });

async function count(state: typeof TallyState.State) {
  return { tally: state.tally + 1 };
}

export const tallyGraph = new StateGraph(TallyState).addNode('count', count).addEdge(START, 'count').addEdge('count', END).compile({ name: 'tally' });

/** A council-tier subgraph whose one node serializes the whole state it receives. */
export const ArchiveState = Annotation.Root({ draft: Annotation<string>, customer: Annotation<string> });

async function store(state: typeof ArchiveState.State) {
  return { draft: JSON.stringify(state) };
}

export const archiveGraph = new StateGraph(ArchiveState).addNode('store', store).addEdge(START, 'store').addEdge('store', END).compile({ name: 'archive' });

/** A state schema that orchestrator cases build their graph on, and council subgraphs on the same whole schema. */
export const CaseState = Annotation.Root({ draft: Annotation<string>, customer: Annotation<string> });

async function reviewAll(state: typeof CaseState.State) {
  return { draft: `${state.draft} for ${state.customer}` };
}

/** Its one node reads every channel of the shared schema. */
export const caseReviewGraph = new StateGraph(CaseState).addNode('reviewAll', reviewAll).addEdge(START, 'reviewAll').addEdge('reviewAll', END).compile({ name: 'caseReview' });

async function skim(state: typeof CaseState.State) {
  return { draft: state.draft.slice(0, 10) };
}

/** Its one node reads only the draft. */
export const caseSkimGraph = new StateGraph(CaseState).addNode('skim', skim).addEdge(START, 'skim').addEdge('skim', END).compile({ name: 'caseSkim' });

async function keep(state: typeof CaseState.State) {
  return { draft: JSON.stringify(state) };
}

/** Its one node uses the state whole. */
export const caseKeepGraph = new StateGraph(CaseState).addNode('keep', keep).addEdge(START, 'keep').addEdge('keep', END).compile({ name: 'caseKeep' });
