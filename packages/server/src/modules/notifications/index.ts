export { Notification } from './notification.entity.js';
export { notify, type NotificationInput } from './notify.js';
