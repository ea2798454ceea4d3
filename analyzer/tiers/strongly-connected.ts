/**
 * Tarjan's strongly connected components of a graph on the nodes `0 … size-1`. The result maps
 * each node to its component; components are numbered in reverse topological order (a component
 * only has edges to components with smaller numbers), so walking them from the last one visits
 * sources first. Iterative, so deep delegation chains cannot overflow the stack.
 */
export function stronglyConnected(size: number, successors: readonly (readonly number[])[]): { componentOf: Int32Array; count: number } {
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const componentOf = new Int32Array(size).fill(-1);
  const onStack = new Uint8Array(size);
  const stack: number[] = [];
  let counter = 0;
  let count = 0;
  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue;
    const work: Array<[node: number, next: number]> = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, i] = frame;
      const next = successors[v] ?? [];
      if (i < next.length) {
        frame[1]++;
        const w = next[i]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        for (let w = -1; w !== v; ) {
          w = stack.pop()!;
          onStack[w] = 0;
          componentOf[w] = count;
        }
        count++;
      }
    }
  }
  return { componentOf, count };
}
