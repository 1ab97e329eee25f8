// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

use ::klink_api::{Client, ResponseValue, builder, types};
use anyhow::Context as _;

pub struct Cli<T: CliConfig> {
    client: Client,
    config: T,
}

impl<T: CliConfig> Cli<T> {
    pub fn new(client: Client, config: T) -> Self {
        Self { client, config }
    }

    pub fn get_command(cmd: CliCommand) -> ::clap::Command {
        match cmd {
            CliCommand::ListCategories => Self::cli_list_categories(),
            CliCommand::ListRoomComments => Self::cli_list_room_comments(),
            CliCommand::CreateRoomComment => Self::cli_create_room_comment(),
            CliCommand::ListContacts => Self::cli_list_contacts(),
            CliCommand::CreateContact => Self::cli_create_contact(),
            CliCommand::ListContactFields => Self::cli_list_contact_fields(),
            CliCommand::GetContact => Self::cli_get_contact(),
            CliCommand::DeleteContact => Self::cli_delete_contact(),
            CliCommand::UpdateContact => Self::cli_update_contact(),
            CliCommand::UpdateContactTags => Self::cli_update_contact_tags(),
            CliCommand::ListCxLogs => Self::cli_list_cx_logs(),
            CliCommand::ListMediaFiles => Self::cli_list_media_files(),
            CliCommand::CreateMediaFile => Self::cli_create_media_file(),
            CliCommand::GetMediaFile => Self::cli_get_media_file(),
            CliCommand::DeleteMediaFile => Self::cli_delete_media_file(),
            CliCommand::UpdateMediaFile => Self::cli_update_media_file(),
            CliCommand::ListMediaFolders => Self::cli_list_media_folders(),
            CliCommand::CreateMediaFolder => Self::cli_create_media_folder(),
            CliCommand::GetMediaFolder => Self::cli_get_media_folder(),
            CliCommand::DeleteMediaFolder => Self::cli_delete_media_folder(),
            CliCommand::UpdateMediaFolder => Self::cli_update_media_folder(),
            CliCommand::SendMessage => Self::cli_send_message(),
            CliCommand::ListTickets => Self::cli_list_tickets(),
            CliCommand::CreateTicket => Self::cli_create_ticket(),
            CliCommand::UpdateTicket => Self::cli_update_ticket(),
            CliCommand::ListAgentActivities => Self::cli_list_agent_activities(),
        }
    }

    pub fn cli_list_categories() -> ::clap::Command {
        ::clap::Command::new("")
            .about(
                "List the tenant's categories.\n\nThe page shows no query parameters.",
            )
    }

    pub fn cli_list_room_comments() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("page")
                    .long("page")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "The page to return; the docs' examples number the first page 1.",
                    ),
            )
            .arg(
                ::clap::Arg::new("page-size")
                    .long("page-size")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Items per page; 10 by default, at most 100 (the pagination guide).",
                    ),
            )
            .arg(
                ::clap::Arg::new("room-id")
                    .long("room-id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help("The room (chat room) the comments belong to."),
            )
            .about(
                "List the comments of a room, one page at a time.\n\nThe docs mark this page as still being developed; its shape may change.",
            )
    }

    pub fn cli_create_room_comment() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("room-id")
                    .long("room-id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help("The room (chat room) the comments belong to."),
            )
            .arg(
                ::clap::Arg::new("text")
                    .long("text")
                    .value_parser(::clap::value_parser!(String))
                    .required(false)
                    .help("The text; `{0}`, `{1}`, ... mark where the mentions go."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .about(
                "Add a comment to a room, optionally mentioning users.\n\nThe docs mark this page as still being developed; its shape may change.",
            )
    }

    pub fn cli_list_contacts() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("keyword")
                    .long("keyword")
                    .value_parser(::clap::value_parser!(String))
                    .required(false)
                    .help(
                        "Matches contacts by keyword. The old page says parts of words do\nnot match, yet its own example matches \"Kyaw Kyaw\" by `Kya` or\n`aw`; neither behaviour is promised.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("page")
                    .long("page")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "The page to return; the docs' examples number the first page 1.",
                    ),
            )
            .arg(
                ::clap::Arg::new("page-size")
                    .long("page-size")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Items per page; 10 by default, at most 100 (the pagination guide).",
                    ),
            )
            .about(
                "List contacts, one page at a time.\n\nLists the tenant's contacts, 10 per page by default. The current\nreference names this operation (Contact → Listing, GET); its path,\nthe `keyword` parameter and the examples come from the old contacts\npage and the pagination guide.\n",
            )
    }

    pub fn cli_create_contact() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .about(
                "Create a contact.\n\nThe docs name this operation (Contact → Create, POST) but publish\nneither its path nor its body or responses, so both are loose JSON.\nThe old contacts page says custom-field keys start with `cf`\n(`cf_customer_id`); `list_contact_fields` lists a tenant's fields.\n\nThe K-LINK docs do not publish this path; it follows the resource's REST pattern.",
            )
    }

    pub fn cli_list_contact_fields() -> ::clap::Command {
        ::clap::Command::new("")
            .about(
                "List the contact fields available to the tenant, custom fields included.\n\nThe response is the paginated list envelope, but the page lists no\nquery parameters, so none are declared here.\n",
            )
    }

    pub fn cli_get_contact() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("id")
                    .long("id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help(
                        "The contact's K-LINK id (a UUID in current examples; opaque).",
                    ),
            )
            .about("Fetch one contact.")
    }

    pub fn cli_delete_contact() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("id")
                    .long("id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help(
                        "The contact's K-LINK id (a UUID in current examples; opaque).",
                    ),
            )
            .about(
                "Delete a contact.\n\nThe docs name this operation (Contact → Delete, DELETE) but publish\nneither its path nor its responses; a body, if any, is not read.\n\nThe K-LINK docs do not publish this path; it follows the resource's REST pattern.",
            )
    }

    pub fn cli_update_contact() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("id")
                    .long("id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help(
                        "The contact's K-LINK id (a UUID in current examples; opaque).",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .about(
                "Update a contact.\n\nThe docs name this operation (Contact → Update, PATCH) but publish\nneither its path nor its body or responses, so both are loose JSON.\nTags have their own operation, `update_contact_tags`.\n\nThe K-LINK docs do not publish this path; it follows the resource's REST pattern.",
            )
    }

    pub fn cli_update_contact_tags() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("action-type")
                    .long("action-type")
                    .value_parser(::clap::value_parser!(String))
                    .required_unless_present("json-body")
                    .help("How the tags are applied; only `MERGE` is published."),
            )
            .arg(
                ::clap::Arg::new("id")
                    .long("id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help(
                        "The contact's K-LINK id (a UUID in current examples; opaque).",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .about(
                "Change the tags of one contact (and nothing else).\n\nTakes tag names, not ids (`create_ticket` takes tag ids).",
            )
    }

    pub fn cli_list_cx_logs() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("page")
                    .long("page")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "The page to return; the docs' examples number the first page 1.",
                    ),
            )
            .arg(
                ::clap::Arg::new("page-size")
                    .long("page-size")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Items per page; 10 by default, at most 100 (the pagination guide).",
                    ),
            )
            .arg(
                ::clap::Arg::new("selected-date")
                    .long("selected-date")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help(
                        "The date-time range `YYYY/MM/DD HH:mm:ss-YYYY/MM/DD HH:mm:ss`,\ne.g. `2025/04/01 00:00:00-2025/04/25 23:59:00`, read in the\ntime zone of `x-client-timezone`.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("x-client-timezone")
                    .long("x-client-timezone")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help(
                        "The IANA time-zone name `selectedDate` is read in, e.g.\n`Asia/Singapore`. (The old page labels it `xClientTimezone` but\nsends `x-client-timezone`.)\n",
                    ),
            )
            .about("List CX log records in a date-time range, one page at a time.")
    }

    pub fn cli_list_media_files() -> ::clap::Command {
        ::clap::Command::new("")
            .about(
                "List media-manager files.\n\nThe docs name this operation (Media Manager → Get Files, GET) but\npublish neither its path nor its parameters (filters, folder,\npagination) or response.\n\nThe K-LINK docs do not publish this path; it follows the resource's REST pattern.",
            )
    }

    pub fn cli_create_media_file() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("data")
                    .long("data")
                    .value_parser(::clap::value_parser!(String))
                    .required(false)
                    .help(
                        "The file's bytes in base64 (the sample has no `data:` URL prefix).",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .about(
                "Upload a file, sent as base64 text in a JSON body.\n\nJSON, not multipart. Success is `200` here, where other creations\nanswer `201`.\n",
            )
    }

    pub fn cli_get_media_file() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("file-id")
                    .long("file-id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help("The file's id."),
            )
            .about("Fetch the details of one media-manager file.")
    }

    pub fn cli_delete_media_file() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("file-id")
                    .long("file-id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help("The file's id."),
            )
            .about(
                "Delete a media-manager file.\n\nThe docs name this operation (Media Manager → Delete File, DELETE)\nbut publish neither its path nor its response; a body, if any, is\nnot read.\n\nThe K-LINK docs do not publish this path; it follows the resource's REST pattern.",
            )
    }

    pub fn cli_update_media_file() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("file-id")
                    .long("file-id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help("The file's id."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .about(
                "Update a media-manager file.\n\nThe docs name this operation (Media Manager → Update File, PATCH)\nbut publish neither its path nor its body or response.\n\nThe K-LINK docs do not publish this path; it follows the resource's REST pattern.",
            )
    }

    pub fn cli_list_media_folders() -> ::clap::Command {
        ::clap::Command::new("")
            .about(
                "List media-manager folders.\n\nThe docs name this operation (Media Manager → Get Folders, GET) but\npublish neither its path nor its parameters or response.\n\nThe K-LINK docs do not publish this path; it follows the resource's REST pattern.",
            )
    }

    pub fn cli_create_media_folder() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .about(
                "Create a media-manager folder.\n\nThe docs name this operation (Media Manager → Create Folder, POST)\nbut publish neither its path nor its body or response.\n\nThe K-LINK docs do not publish this path; it follows the resource's REST pattern.",
            )
    }

    pub fn cli_get_media_folder() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("folder-id")
                    .long("folder-id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help("The folder's id (UUIDv7-like in the docs; opaque)."),
            )
            .about("Fetch one media-manager folder.")
    }

    pub fn cli_delete_media_folder() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("folder-id")
                    .long("folder-id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help("The folder's id (UUIDv7-like in the docs; opaque)."),
            )
            .about(
                "Delete a media-manager folder.\n\nThe docs name this operation (Media Manager → Delete Folder, DELETE)\nbut publish neither its path nor its response; a body, if any, is\nnot read.\n\nThe K-LINK docs do not publish this path; it follows the resource's REST pattern.",
            )
    }

    pub fn cli_update_media_folder() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("folder-id")
                    .long("folder-id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help("The folder's id (UUIDv7-like in the docs; opaque)."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .about(
                "Update a media-manager folder.\n\nThe docs name this operation (Media Manager → Update Folder, PATCH)\nbut publish neither its path nor its body or response.\n\nThe K-LINK docs do not publish this path; it follows the resource's REST pattern.",
            )
    }

    pub fn cli_send_message() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("contact-id")
                    .long("contact-id")
                    .value_parser(::clap::value_parser!(String))
                    .required_unless_present("json-body")
                    .help("The contact (a UUID) to send to."),
            )
            .arg(
                ::clap::Arg::new("created-at")
                    .long("created-at")
                    .value_parser(::clap::value_parser!(::klink_api::Timestamp))
                    .required(false)
                    .help(
                        "Client-side creation time. Whether the server requires it is unknown.",
                    ),
            )
            .arg(
                ::clap::Arg::new("message")
                    .long("message")
                    .value_parser(::clap::value_parser!(String))
                    .required(false)
                    .help("The text to send (for text messages)."),
            )
            .arg(
                ::clap::Arg::new("message-type")
                    .long("message-type")
                    .value_parser(::clap::value_parser!(String))
                    .required_unless_present("json-body")
                    .help(
                        "The kind of message, `text` in the docs. The full set of values\nis unknown (media types exist), so this is a plain string.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .about(
                "Send a message to a contact.\n\nSends an outgoing message from the workspace to one contact; the\nplatform delivers it on the contact's channel.\n",
            )
    }

    pub fn cli_list_tickets() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("page")
                    .long("page")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "The page to return; the docs' examples number the first page 1.",
                    ),
            )
            .arg(
                ::clap::Arg::new("page-size")
                    .long("page-size")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Items per page; 10 by default, at most 100 (the pagination guide).",
                    ),
            )
            .about(
                "List tickets, one page at a time.\n\nTen tickets per page by default. The docs publish no ticket filters\n(status, priority, keyword, ...).\n",
            )
    }

    pub fn cli_create_ticket() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("channel")
                    .long("channel")
                    .value_parser(::clap::value_parser!(String))
                    .required(false)
                    .help("E.g. `email`."),
            )
            .arg(
                ::clap::Arg::new("contact-id")
                    .long("contact-id")
                    .value_parser(::clap::value_parser!(String))
                    .required(false)
                    .help(
                        "The contact the ticket belongs to (snake_case here; tickets say `contactId`).",
                    ),
            )
            .arg(
                ::clap::Arg::new("description")
                    .long("description")
                    .value_parser(::clap::value_parser!(String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("priority")
                    .long("priority")
                    .value_parser(::clap::value_parser!(String))
                    .required(false)
                    .help("E.g. `high`."),
            )
            .arg(
                ::clap::Arg::new("status")
                    .long("status")
                    .value_parser(::clap::value_parser!(String))
                    .required(false)
                    .help("E.g. `open`."),
            )
            .arg(
                ::clap::Arg::new("title")
                    .long("title")
                    .value_parser(::clap::value_parser!(String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .about("Create a ticket.")
    }

    pub fn cli_update_ticket() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("id")
                    .long("id")
                    .value_parser(::clap::value_parser!(String))
                    .required(true)
                    .help("The ticket's id."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .about(
                "Update a ticket.\n\nThe docs name this operation (Ticket → Update, PATCH) but publish\nneither its path nor its body or responses, so both are loose JSON.\n\nThe K-LINK docs do not publish this path; it follows the resource's REST pattern.",
            )
    }

    pub fn cli_list_agent_activities() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("page")
                    .long("page")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "The page to return; the docs' examples number the first page 1.",
                    ),
            )
            .arg(
                ::clap::Arg::new("page-size")
                    .long("page-size")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Items per page; 10 by default, at most 100 (the pagination guide).",
                    ),
            )
            .about(
                "List agents' presence-status changes, one page at a time.\n\nEach row holds the status the agent moved from; the rest of the row\nis not published. Filters (date range, agent, ...) are not published.\n",
            )
    }

    pub async fn execute(
        &self,
        cmd: CliCommand,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        match cmd {
            CliCommand::ListCategories => self.execute_list_categories(matches).await,
            CliCommand::ListRoomComments => {
                self.execute_list_room_comments(matches).await
            }
            CliCommand::CreateRoomComment => {
                self.execute_create_room_comment(matches).await
            }
            CliCommand::ListContacts => self.execute_list_contacts(matches).await,
            CliCommand::CreateContact => self.execute_create_contact(matches).await,
            CliCommand::ListContactFields => {
                self.execute_list_contact_fields(matches).await
            }
            CliCommand::GetContact => self.execute_get_contact(matches).await,
            CliCommand::DeleteContact => self.execute_delete_contact(matches).await,
            CliCommand::UpdateContact => self.execute_update_contact(matches).await,
            CliCommand::UpdateContactTags => {
                self.execute_update_contact_tags(matches).await
            }
            CliCommand::ListCxLogs => self.execute_list_cx_logs(matches).await,
            CliCommand::ListMediaFiles => self.execute_list_media_files(matches).await,
            CliCommand::CreateMediaFile => self.execute_create_media_file(matches).await,
            CliCommand::GetMediaFile => self.execute_get_media_file(matches).await,
            CliCommand::DeleteMediaFile => self.execute_delete_media_file(matches).await,
            CliCommand::UpdateMediaFile => self.execute_update_media_file(matches).await,
            CliCommand::ListMediaFolders => {
                self.execute_list_media_folders(matches).await
            }
            CliCommand::CreateMediaFolder => {
                self.execute_create_media_folder(matches).await
            }
            CliCommand::GetMediaFolder => self.execute_get_media_folder(matches).await,
            CliCommand::DeleteMediaFolder => {
                self.execute_delete_media_folder(matches).await
            }
            CliCommand::UpdateMediaFolder => {
                self.execute_update_media_folder(matches).await
            }
            CliCommand::SendMessage => self.execute_send_message(matches).await,
            CliCommand::ListTickets => self.execute_list_tickets(matches).await,
            CliCommand::CreateTicket => self.execute_create_ticket(matches).await,
            CliCommand::UpdateTicket => self.execute_update_ticket(matches).await,
            CliCommand::ListAgentActivities => {
                self.execute_list_agent_activities(matches).await
            }
        }
    }

    pub async fn execute_list_categories(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_categories();
        self.config.execute_list_categories(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_list_room_comments(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_room_comments();
        if let Some(value) = matches.get_one::<i64>("page") {
            request = request.page(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("page-size") {
            request = request.page_size(value.clone());
        }
        if let Some(value) = matches.get_one::<String>("room-id") {
            request = request.room_id(value.clone());
        }
        self.config.execute_list_room_comments(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_create_room_comment(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_room_comment();
        if let Some(value) = matches.get_one::<String>("room-id") {
            request = request.room_id(value.clone());
        }
        if let Some(value) = matches.get_one::<String>("text") {
            request = request.body_map(|body| { body.text(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::CreateCommentRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_create_room_comment(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_list_contacts(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_contacts();
        if let Some(value) = matches.get_one::<String>("keyword") {
            request = request.keyword(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("page") {
            request = request.page(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("page-size") {
            request = request.page_size(value.clone());
        }
        self.config.execute_list_contacts(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_create_contact(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_contact();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::LooseObject>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_create_contact(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_list_contact_fields(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_contact_fields();
        self.config.execute_list_contact_fields(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_get_contact(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_contact();
        if let Some(value) = matches.get_one::<String>("id") {
            request = request.id(value.clone());
        }
        self.config.execute_get_contact(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_delete_contact(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.delete_contact();
        if let Some(value) = matches.get_one::<String>("id") {
            request = request.id(value.clone());
        }
        self.config.execute_delete_contact(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_no_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_update_contact(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_contact();
        if let Some(value) = matches.get_one::<String>("id") {
            request = request.id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::LooseObject>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_update_contact(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_update_contact_tags(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_contact_tags();
        if let Some(value) = matches.get_one::<String>("action-type") {
            request = request.body_map(|body| { body.action_type(value.clone()) });
        }
        if let Some(value) = matches.get_one::<String>("id") {
            request = request.id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::UpdateContactTagsRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_update_contact_tags(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_list_cx_logs(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_cx_logs();
        if let Some(value) = matches.get_one::<i64>("page") {
            request = request.page(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("page-size") {
            request = request.page_size(value.clone());
        }
        if let Some(value) = matches.get_one::<String>("selected-date") {
            request = request.selected_date(value.clone());
        }
        if let Some(value) = matches.get_one::<String>("x-client-timezone") {
            request = request.x_client_timezone(value.clone());
        }
        self.config.execute_list_cx_logs(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_list_media_files(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_media_files();
        self.config.execute_list_media_files(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_create_media_file(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_media_file();
        if let Some(value) = matches.get_one::<String>("data") {
            request = request.body_map(|body| { body.data(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::CreateMediaFileRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_create_media_file(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_get_media_file(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_media_file();
        if let Some(value) = matches.get_one::<String>("file-id") {
            request = request.file_id(value.clone());
        }
        self.config.execute_get_media_file(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_delete_media_file(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.delete_media_file();
        if let Some(value) = matches.get_one::<String>("file-id") {
            request = request.file_id(value.clone());
        }
        self.config.execute_delete_media_file(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_no_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_update_media_file(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_media_file();
        if let Some(value) = matches.get_one::<String>("file-id") {
            request = request.file_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::LooseObject>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_update_media_file(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_list_media_folders(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_media_folders();
        self.config.execute_list_media_folders(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_create_media_folder(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_media_folder();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::LooseObject>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_create_media_folder(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_get_media_folder(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_media_folder();
        if let Some(value) = matches.get_one::<String>("folder-id") {
            request = request.folder_id(value.clone());
        }
        self.config.execute_get_media_folder(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_delete_media_folder(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.delete_media_folder();
        if let Some(value) = matches.get_one::<String>("folder-id") {
            request = request.folder_id(value.clone());
        }
        self.config.execute_delete_media_folder(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_no_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_update_media_folder(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_media_folder();
        if let Some(value) = matches.get_one::<String>("folder-id") {
            request = request.folder_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::LooseObject>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_update_media_folder(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_send_message(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.send_message();
        if let Some(value) = matches.get_one::<String>("contact-id") {
            request = request.body_map(|body| { body.contact_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::klink_api::Timestamp>("created-at") {
            request = request.body_map(|body| { body.created_at(value.clone()) });
        }
        if let Some(value) = matches.get_one::<String>("message") {
            request = request.body_map(|body| { body.message(value.clone()) });
        }
        if let Some(value) = matches.get_one::<String>("message-type") {
            request = request.body_map(|body| { body.message_type(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::SendMessageRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_send_message(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_list_tickets(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_tickets();
        if let Some(value) = matches.get_one::<i64>("page") {
            request = request.page(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("page-size") {
            request = request.page_size(value.clone());
        }
        self.config.execute_list_tickets(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_create_ticket(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_ticket();
        if let Some(value) = matches.get_one::<String>("channel") {
            request = request.body_map(|body| { body.channel(value.clone()) });
        }
        if let Some(value) = matches.get_one::<String>("contact-id") {
            request = request.body_map(|body| { body.contact_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<String>("description") {
            request = request.body_map(|body| { body.description(value.clone()) });
        }
        if let Some(value) = matches.get_one::<String>("priority") {
            request = request.body_map(|body| { body.priority(value.clone()) });
        }
        if let Some(value) = matches.get_one::<String>("status") {
            request = request.body_map(|body| { body.status(value.clone()) });
        }
        if let Some(value) = matches.get_one::<String>("title") {
            request = request.body_map(|body| { body.title(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::CreateTicketRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_create_ticket(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_update_ticket(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_ticket();
        if let Some(value) = matches.get_one::<String>("id") {
            request = request.id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::LooseObject>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_update_ticket(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }

    pub async fn execute_list_agent_activities(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_agent_activities();
        if let Some(value) = matches.get_one::<i64>("page") {
            request = request.page(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("page-size") {
            request = request.page_size(value.clone());
        }
        self.config.execute_list_agent_activities(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
}

pub trait CliConfig {
    fn success_item<T>(&self, value: &ResponseValue<T>)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn success_no_item(&self, value: &ResponseValue<()>);
    fn error(&self, value: &::klink_api::Error);
    fn list_start<T>(&self)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_item<T>(&self, value: &T)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_end_success<T>(&self)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_end_error(&self, value: &::klink_api::Error);
    fn execute_list_categories(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListCategories,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_list_room_comments(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListRoomComments,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_create_room_comment(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateRoomComment,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_list_contacts(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListContacts,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_create_contact(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateContact,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_list_contact_fields(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListContactFields,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_get_contact(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetContact,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_delete_contact(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DeleteContact,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_update_contact(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateContact,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_update_contact_tags(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateContactTags,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_list_cx_logs(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListCxLogs,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_list_media_files(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListMediaFiles,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_create_media_file(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateMediaFile,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_get_media_file(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetMediaFile,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_delete_media_file(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DeleteMediaFile,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_update_media_file(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateMediaFile,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_list_media_folders(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListMediaFolders,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_create_media_folder(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateMediaFolder,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_get_media_folder(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetMediaFolder,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_delete_media_folder(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DeleteMediaFolder,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_update_media_folder(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateMediaFolder,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_send_message(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::SendMessage,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_list_tickets(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListTickets,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_create_ticket(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateTicket,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_update_ticket(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateTicket,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    fn execute_list_agent_activities(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListAgentActivities,
    ) -> anyhow::Result<()> {
        Ok(())
    }
}

#[derive(Copy, Clone, Debug)]
pub enum CliCommand {
    ListCategories,
    ListRoomComments,
    CreateRoomComment,
    ListContacts,
    CreateContact,
    ListContactFields,
    GetContact,
    DeleteContact,
    UpdateContact,
    UpdateContactTags,
    ListCxLogs,
    ListMediaFiles,
    CreateMediaFile,
    GetMediaFile,
    DeleteMediaFile,
    UpdateMediaFile,
    ListMediaFolders,
    CreateMediaFolder,
    GetMediaFolder,
    DeleteMediaFolder,
    UpdateMediaFolder,
    SendMessage,
    ListTickets,
    CreateTicket,
    UpdateTicket,
    ListAgentActivities,
}

impl CliCommand {
    pub fn iter() -> impl Iterator<Item = CliCommand> {
        vec![
            CliCommand::ListCategories, CliCommand::ListRoomComments,
            CliCommand::CreateRoomComment, CliCommand::ListContacts,
            CliCommand::CreateContact, CliCommand::ListContactFields,
            CliCommand::GetContact, CliCommand::DeleteContact, CliCommand::UpdateContact,
            CliCommand::UpdateContactTags, CliCommand::ListCxLogs,
            CliCommand::ListMediaFiles, CliCommand::CreateMediaFile,
            CliCommand::GetMediaFile, CliCommand::DeleteMediaFile,
            CliCommand::UpdateMediaFile, CliCommand::ListMediaFolders,
            CliCommand::CreateMediaFolder, CliCommand::GetMediaFolder,
            CliCommand::DeleteMediaFolder, CliCommand::UpdateMediaFolder,
            CliCommand::SendMessage, CliCommand::ListTickets, CliCommand::CreateTicket,
            CliCommand::UpdateTicket, CliCommand::ListAgentActivities,
        ]
            .into_iter()
    }

    pub fn operation_id(&self) -> &'static str {
        match self {
            CliCommand::ListCategories => "list_categories",
            CliCommand::ListRoomComments => "list_room_comments",
            CliCommand::CreateRoomComment => "create_room_comment",
            CliCommand::ListContacts => "list_contacts",
            CliCommand::CreateContact => "create_contact",
            CliCommand::ListContactFields => "list_contact_fields",
            CliCommand::GetContact => "get_contact",
            CliCommand::DeleteContact => "delete_contact",
            CliCommand::UpdateContact => "update_contact",
            CliCommand::UpdateContactTags => "update_contact_tags",
            CliCommand::ListCxLogs => "list_cx_logs",
            CliCommand::ListMediaFiles => "list_media_files",
            CliCommand::CreateMediaFile => "create_media_file",
            CliCommand::GetMediaFile => "get_media_file",
            CliCommand::DeleteMediaFile => "delete_media_file",
            CliCommand::UpdateMediaFile => "update_media_file",
            CliCommand::ListMediaFolders => "list_media_folders",
            CliCommand::CreateMediaFolder => "create_media_folder",
            CliCommand::GetMediaFolder => "get_media_folder",
            CliCommand::DeleteMediaFolder => "delete_media_folder",
            CliCommand::UpdateMediaFolder => "update_media_folder",
            CliCommand::SendMessage => "send_message",
            CliCommand::ListTickets => "list_tickets",
            CliCommand::CreateTicket => "create_ticket",
            CliCommand::UpdateTicket => "update_ticket",
            CliCommand::ListAgentActivities => "list_agent_activities",
        }
    }
}

impl<T: CliConfig> Cli<T> {
    /// Runs a paginated command with `--all`.
    pub async fn execute_all(
        &self,
        cmd: CliCommand,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        match cmd {
            CliCommand::ListRoomComments => {
                self.execute_list_room_comments_all(matches).await
            }
            CliCommand::ListContacts => self.execute_list_contacts_all(matches).await,
            CliCommand::ListCxLogs => self.execute_list_cx_logs_all(matches).await,
            CliCommand::ListTickets => self.execute_list_tickets_all(matches).await,
            CliCommand::ListAgentActivities => {
                self.execute_list_agent_activities_all(matches).await
            }
            other => anyhow::bail!("`{}` is not paginated", other.operation_id()),
        }
    }

    /// `klink list-room-comments --all`: every item of every page, one per line.
    pub async fn execute_list_room_comments_all(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_room_comments();
        if let Some(value) = matches.get_one::<i64>("page") {
            request = request.page(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("page-size") {
            request = request.page_size(value.clone());
        }
        if let Some(value) = matches.get_one::<String>("room-id") {
            request = request.room_id(value.clone());
        }
        self.config.execute_list_room_comments(matches, &mut request)?;
        return print_every_item(&self.config, request.stream()).await;
    }

    /// `klink list-contacts --all`: every item of every page, one per line.
    pub async fn execute_list_contacts_all(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_contacts();
        if let Some(value) = matches.get_one::<String>("keyword") {
            request = request.keyword(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("page") {
            request = request.page(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("page-size") {
            request = request.page_size(value.clone());
        }
        self.config.execute_list_contacts(matches, &mut request)?;
        return print_every_item(&self.config, request.stream()).await;
    }

    /// `klink list-cx-logs --all`: every item of every page, one per line.
    pub async fn execute_list_cx_logs_all(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_cx_logs();
        if let Some(value) = matches.get_one::<i64>("page") {
            request = request.page(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("page-size") {
            request = request.page_size(value.clone());
        }
        if let Some(value) = matches.get_one::<String>("selected-date") {
            request = request.selected_date(value.clone());
        }
        if let Some(value) = matches.get_one::<String>("x-client-timezone") {
            request = request.x_client_timezone(value.clone());
        }
        self.config.execute_list_cx_logs(matches, &mut request)?;
        return print_every_item(&self.config, request.stream()).await;
    }

    /// `klink list-tickets --all`: every item of every page, one per line.
    pub async fn execute_list_tickets_all(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_tickets();
        if let Some(value) = matches.get_one::<i64>("page") {
            request = request.page(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("page-size") {
            request = request.page_size(value.clone());
        }
        self.config.execute_list_tickets(matches, &mut request)?;
        return print_every_item(&self.config, request.stream()).await;
    }

    /// `klink list-agent-activities --all`: every item of every page, one per line.
    pub async fn execute_list_agent_activities_all(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_agent_activities();
        if let Some(value) = matches.get_one::<i64>("page") {
            request = request.page(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("page-size") {
            request = request.page_size(value.clone());
        }
        self.config.execute_list_agent_activities(matches, &mut request)?;
        return print_every_item(&self.config, request.stream()).await;
    }
}

/// Prints each item of `items` through `output`; the first error
/// ends the walk (the items before it stay printed) and is returned.
pub async fn print_every_item<C, S, T>(output: &C, items: S) -> anyhow::Result<()>
where
    C: CliConfig,
    S: ::futures_util::Stream<Item = Result<T, ::klink_api::Error>>,
    T: ::serde::Serialize + ::std::fmt::Debug,
{
    let mut items = ::std::pin::pin!(items);
    while let Some(item) = ::futures_util::TryStreamExt::try_next(&mut items).await? {
        output.list_item(&item);
    }
    Ok(())
}

/// A group of subcommands in `klink --help`: the operations of one
/// of the spec's tags (the docs' sections).
#[derive(Debug)]
pub struct CommandGroup {
    /// The tag's name.
    pub tag: &'static str,
    /// The tag's description.
    pub description: &'static str,
    /// The group's subcommands, in the spec's order.
    pub commands: &'static [Subcommand],
}

/// One subcommand: one operation of the spec.
#[derive(Debug)]
pub struct Subcommand {
    /// The generated command.
    pub command: CliCommand,
    /// Its name: the operationId in kebab case.
    pub name: &'static str,
    /// The operation's summary: its line in `klink --help`.
    pub summary: &'static str,
    /// The flags that set one field of the request body. The body
    /// from `--json-body` replaces the whole body, so it cannot be
    /// combined with them.
    pub body_flags: &'static [&'static str],
    /// Whether the operation returns pages, which `--all` walks
    /// (`Cli::execute_all`).
    pub paginated: bool,
}

/// Every subcommand, grouped by the spec's tags in the order the
/// spec lists them; untagged operations last.
pub const COMMAND_GROUPS: &[CommandGroup] = &[
    CommandGroup {
        tag: "contact",
        description: "Contacts, their fields and tags.",
        commands: &[
            Subcommand {
                command: CliCommand::ListContacts,
                name: "list-contacts",
                summary: "List contacts, one page at a time.",
                body_flags: &[],
                paginated: true,
            },
            Subcommand {
                command: CliCommand::CreateContact,
                name: "create-contact",
                summary: "Create a contact.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::ListContactFields,
                name: "list-contact-fields",
                summary: "List the contact fields available to the tenant, custom fields included.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::GetContact,
                name: "get-contact",
                summary: "Fetch one contact.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::DeleteContact,
                name: "delete-contact",
                summary: "Delete a contact.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::UpdateContact,
                name: "update-contact",
                summary: "Update a contact.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::UpdateContactTags,
                name: "update-contact-tags",
                summary: "Change the tags of one contact (and nothing else).",
                body_flags: &["action-type"],
                paginated: false,
            },
        ],
    },
    CommandGroup {
        tag: "ticket",
        description: "Support tickets.",
        commands: &[
            Subcommand {
                command: CliCommand::ListTickets,
                name: "list-tickets",
                summary: "List tickets, one page at a time.",
                body_flags: &[],
                paginated: true,
            },
            Subcommand {
                command: CliCommand::CreateTicket,
                name: "create-ticket",
                summary: "Create a ticket.",
                body_flags: &[
                    "channel",
                    "contact-id",
                    "description",
                    "priority",
                    "status",
                    "title",
                ],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::UpdateTicket,
                name: "update-ticket",
                summary: "Update a ticket.",
                body_flags: &[],
                paginated: false,
            },
        ],
    },
    CommandGroup {
        tag: "category",
        description: "Categories (the docs' Category section).",
        commands: &[
            Subcommand {
                command: CliCommand::ListCategories,
                name: "list-categories",
                summary: "List the tenant's categories.",
                body_flags: &[],
                paginated: false,
            },
        ],
    },
    CommandGroup {
        tag: "cx-log",
        description: "CX logs, the record of customer interactions across channels.",
        commands: &[
            Subcommand {
                command: CliCommand::ListCxLogs,
                name: "list-cx-logs",
                summary: "List CX log records in a date-time range, one page at a time.",
                body_flags: &[],
                paginated: true,
            },
        ],
    },
    CommandGroup {
        tag: "message",
        description: "Messages exchanged with contacts, and comments on their rooms.",
        commands: &[
            Subcommand {
                command: CliCommand::ListRoomComments,
                name: "list-room-comments",
                summary: "List the comments of a room, one page at a time.",
                body_flags: &[],
                paginated: true,
            },
            Subcommand {
                command: CliCommand::CreateRoomComment,
                name: "create-room-comment",
                summary: "Add a comment to a room, optionally mentioning users.",
                body_flags: &["text"],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::SendMessage,
                name: "send-message",
                summary: "Send a message to a contact.",
                body_flags: &["contact-id", "created-at", "message", "message-type"],
                paginated: false,
            },
        ],
    },
    CommandGroup {
        tag: "media-manager",
        description: "Folders and files of the media manager.",
        commands: &[
            Subcommand {
                command: CliCommand::ListMediaFiles,
                name: "list-media-files",
                summary: "List media-manager files.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::CreateMediaFile,
                name: "create-media-file",
                summary: "Upload a file, sent as base64 text in a JSON body.",
                body_flags: &["data"],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::GetMediaFile,
                name: "get-media-file",
                summary: "Fetch the details of one media-manager file.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::DeleteMediaFile,
                name: "delete-media-file",
                summary: "Delete a media-manager file.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::UpdateMediaFile,
                name: "update-media-file",
                summary: "Update a media-manager file.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::ListMediaFolders,
                name: "list-media-folders",
                summary: "List media-manager folders.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::CreateMediaFolder,
                name: "create-media-folder",
                summary: "Create a media-manager folder.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::GetMediaFolder,
                name: "get-media-folder",
                summary: "Fetch one media-manager folder.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::DeleteMediaFolder,
                name: "delete-media-folder",
                summary: "Delete a media-manager folder.",
                body_flags: &[],
                paginated: false,
            },
            Subcommand {
                command: CliCommand::UpdateMediaFolder,
                name: "update-media-folder",
                summary: "Update a media-manager folder.",
                body_flags: &[],
                paginated: false,
            },
        ],
    },
    CommandGroup {
        tag: "agent-activity",
        description: "Agents' presence-status changes.",
        commands: &[
            Subcommand {
                command: CliCommand::ListAgentActivities,
                name: "list-agent-activities",
                summary: "List agents' presence-status changes, one page at a time.",
                body_flags: &[],
                paginated: true,
            },
        ],
    },
];

/// The subcommands whose request is not idempotent (`POST`, `PATCH`):
/// sending one again may do it twice.
pub const NOT_IDEMPOTENT: &[&str] = &[
    "create-room-comment",
    "create-contact",
    "update-contact",
    "update-contact-tags",
    "create-media-file",
    "update-media-file",
    "create-media-folder",
    "update-media-folder",
    "send-message",
    "create-ticket",
    "update-ticket",
];
