// The conversations module's public surface: what her portal uses to show and write her messages.
export { readConversation, editMessage } from './conversation-reading';
export { toMessageView } from './conversation-views';
export { countUnread, insertMessage, findMessage, findAssignedAdvocates, findOpeningHours, findMessagesForServiceUser } from './conversation.repository';
export { SendMyMessageDto, EditMessageDto, MyConversationQueryDto } from './dto/conversation.dto';
