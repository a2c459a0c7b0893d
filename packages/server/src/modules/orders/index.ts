export { OPEN_STATUSES, OrderStatus } from './domain/order-status.js';
export { Order } from './order.entity.js';
export { OrderLine } from './order-line.entity.js';
export { orderLoaders } from './orders.loaders.js';
export { OrderNode, OrderLineNode } from './order.types.js';
export { OrdersService, toOrderNode } from './orders.service.js';
export { transition, canCancel, type OrderEvent } from './domain/order-status.js';
