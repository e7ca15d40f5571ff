import { expose } from 'comlink';
import { ReperesDatabase } from '../db/schema';
import { SearchService } from './search-service';

// The search worker: its own connection to the offline store, and the service behind Comlink.
expose(new SearchService(new ReperesDatabase()));
