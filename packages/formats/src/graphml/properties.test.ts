import { describeGraphProperties } from '../graph/test-properties.js';
import { parseGraphml } from './read.js';
import { datasetToGraphml } from './write.js';

describeGraphProperties({
  name: 'GraphML',
  format: 'graphml',
  read: (text) => parseGraphml(text),
  writers: [(dataset) => datasetToGraphml(dataset)],
  seed: 20240621,
});
