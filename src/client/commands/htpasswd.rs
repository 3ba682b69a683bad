//! `mothership htpasswd add|delete|list|verify`: manage an htpasswd file locally, in the format
//! Apache's `htpasswd -B` writes.

use anyhow::Context;

use crate::cli::{GlobalArgs, HtpasswdCommand, HtpasswdUserArgs, OutputFormat};
use crate::client::ClientError;
use crate::client::commands::{read_stdin_line, stdin_is_terminal};
use crate::client::output::print_machine;
use crate::htpasswd::Htpasswd;

pub fn run(global: &GlobalArgs, command: HtpasswdCommand) -> anyhow::Result<()> {
    match command {
        HtpasswdCommand::Add(args) => add(&args),
        HtpasswdCommand::Delete(args) => {
            let mut file = Htpasswd::load(&args.file)?;
            if !file.remove(&args.user) {
                return Err(ClientError::NotFound(format!(
                    "user {:?} is not in {}",
                    args.user,
                    args.file.display()
                ))
                .into());
            }
            file.save(&args.file)?;
            eprintln!("Deleted user {} from {}", args.user, args.file.display());
            Ok(())
        }
        HtpasswdCommand::List(args) => {
            let file = Htpasswd::load(&args.file)?;
            let users: Vec<&str> = file.users().collect();
            if !print_machine(global.output, &users)? {
                for u in users {
                    println!("{u}");
                }
            }
            Ok(())
        }
        HtpasswdCommand::Verify(args) => {
            let file = Htpasswd::load(&args.file)?;
            let password = read_password(&args, false)?;
            if file.verify(&args.user, &password) {
                if global.output != OutputFormat::Id {
                    eprintln!("Password for user {} correct.", args.user);
                }
                Ok(())
            } else {
                Err(ClientError::AuthFailed(format!(
                    "password verification failed for user {:?} in {}",
                    args.user,
                    args.file.display()
                ))
                .into())
            }
        }
    }
}

fn add(args: &HtpasswdUserArgs) -> anyhow::Result<()> {
    let mut file = Htpasswd::load_or_empty(&args.file)?;
    let password = read_password(args, true)?;
    let added = file.set_password(&args.user, &password, args.cost)?;
    file.save(&args.file)?;
    eprintln!(
        "{} password for user {} in {}",
        if added { "Added" } else { "Updated" },
        args.user,
        args.file.display()
    );
    Ok(())
}

fn read_password(args: &HtpasswdUserArgs, confirm: bool) -> anyhow::Result<String> {
    let password = if args.password_stdin {
        read_stdin_line("the password")?
    } else {
        if !stdin_is_terminal() {
            anyhow::bail!(
                "no terminal to ask for the password on: pass --password-stdin and write the \
                 password to standard input"
            );
        }
        let first = rpassword::prompt_password(format!("Password for {}: ", args.user))
            .context("failed to read the password")?;
        if confirm {
            let second = rpassword::prompt_password("Re-type password: ")
                .context("failed to read the password")?;
            if first != second {
                anyhow::bail!("the passwords do not match; nothing was changed");
            }
        }
        first
    };
    if password.is_empty() && confirm {
        anyhow::bail!("refusing an empty password");
    }
    Ok(password)
}
