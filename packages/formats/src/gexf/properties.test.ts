import { describeGraphProperties } from '../graph/test-properties.js';
import { parseGexf } from './read.js';
import { datasetToGexf } from './write.js';

describeGraphProperties({
  name: 'GEXF',
  format: 'gexf',
  read: (text) => parseGexf(text),
  writers: [(dataset) => datasetToGexf(dataset), (dataset) => datasetToGexf(dataset, { colours: false })],
  seed: 20240611,
});
