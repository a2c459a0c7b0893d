export { Notification } from './notification.entity.js';
export { notify, type NotificationInput, type NotificationText } from './notify.js';
export { NotificationsService } from './notifications.service.js';
