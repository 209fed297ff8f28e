// Registers the shipped intent model. Importing this module pulls in the weights (about 120 KB gzipped), so only
// contexts that can afford them import it: the CLI and tests statically, the popup or background by dynamic import.
import { unpack } from './intent-model.ts';
import { setIntentModel } from './use-model.ts';
import { INTENT_MODEL } from './weights.generated.ts';

setIntentModel(unpack(INTENT_MODEL));
