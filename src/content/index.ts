/** Content script on Hugging Face papers pages and arXiv listings and abstracts. */
import { startCapture } from './capture-loop.js';

startCapture();
