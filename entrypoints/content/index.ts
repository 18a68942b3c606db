import { newsMatchPatterns } from '../../utils/news-sites';

export default defineContentScript({
  matches: newsMatchPatterns(),
  main() {},
});
