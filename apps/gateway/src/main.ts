import { startGateway } from './gateway.bootstrap';

void startGateway();
