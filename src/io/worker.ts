import { analyze } from '../index.js';
import { analyzeTask, type AnalysisTask, type AnalysisOutcome } from './analyze-input.js';

/**
 * A batch worker thread (run by tinypool from the built dist/io/worker.js). It loads wink-nlp
 * and its model once, while the pool starts, so the first article costs no more than the
 * rest; then it reads and analyses the files it is sent, through the public `analyze`.
 */
try {
  analyze('Warm up.');
} catch {
  // A broken analyser must fail each article with its message, not kill the worker at start
  // (the pool would only start another one, which would die the same way).
}

export default function analyzeInWorker(task: AnalysisTask): Promise<AnalysisOutcome> {
  return analyzeTask(task);
}
