export { OPEN_STATUSES, OrderStatus } from './domain/order-status.js';
export { Order } from './order.entity.js';
export { OrderLine } from './order-line.entity.js';
export { orderLoaders } from './orders.loaders.js';
